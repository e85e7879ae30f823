/** The SQLite read path: rows to the stored shapes, and the event filters as SQL. */
import type Database from "better-sqlite3";
import type { AcledType, ActorRef, CeasefireStatus, DatePrecision, DateSource, Modality, Place } from "../../types.ts";
import type { EventFilter, EventMention, EventPage, StoredEvent } from "../types.ts";
import { dayNumber } from "../event-key.ts";
import { ORDER_KEY, cursorOf, pageSize, parseCursor } from "../cursor.ts";
import { sideTotalFilter, sideTotalSql } from "../side-filter.ts";

interface EventRow {
  seq: number; id: string; cameo: string; cameo_name: string; plover: string | null; plover_mode: string | null;
  acled_type: string | null; acled_sub: string | null; goldstein: number; quad_class: number;
  source: string; target: string; negated: number; modality: string; date: string | null;
  date_precision: string | null; date_from: string | null; location: string | null; trigger: string; confidence: number;
  num_mentions: number; num_articles: number; num_sources: number; mentions: string; k: number;
}

interface MentionJson {
  article: string; event: string; sentence: number; start: number; end: number; text: string;
  source: string | null; url: string | null; published: string | null;
}

/** Builds the WHERE clause of an event query; every value is a bound parameter. */
export function eventWhere(filter: EventFilter): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.country) {
    where.push("(e.country = @country OR e.countries LIKE @countryLike)");
    params["country"] = filter.country.toUpperCase();
    params["countryLike"] = `% ${filter.country.toUpperCase()} %`;
  }
  if (filter.actor) {
    where.push("(e.codes LIKE @actorCode OR e.codes LIKE @actorName)");
    params["actorCode"] = `% ${filter.actor.toUpperCase()}%`;
    params["actorName"] = `%${filter.actor.toLowerCase()}%`;
  }
  const from = dayNumber(filter.from ?? null);
  const to = dayNumber(filter.to ?? null);
  if (from !== null) { where.push("e.day >= @from"); params["from"] = from; }
  if (to !== null) { where.push("e.day <= @to"); params["to"] = to; }
  if (filter.cameo) { where.push("e.cameo LIKE @cameo"); params["cameo"] = `${filter.cameo}%`; }
  if (filter.plover) { where.push("upper(e.plover) = @plover"); params["plover"] = filter.plover.toUpperCase(); }
  if (filter.acled) {
    where.push("(lower(e.acled_type) = @acled OR lower(e.acled_sub) = @acled)");
    params["acled"] = filter.acled.toLowerCase();
  }
  if (filter.date_from) { where.push("e.date_from = @dateFrom"); params["dateFrom"] = filter.date_from; }
  if (filter.fighting) {
    where.push("(e.root IN ('18', '19', '20') OR e.acled_type IN ('Battles', 'Explosions/Remote violence'))");
  }
  if (filter.article) {
    where.push("e.id IN (SELECT event FROM event_mentions WHERE article = @article)");
    params["article"] = filter.article;
  }
  for (const side of ["source", "target"] as const) {
    const needle = filter[side];
    if (!needle) continue;
    // the same test as a side match in JS: a code that starts with the needle, or a name that contains it
    where.push(`EXISTS (SELECT 1 FROM json_each(e.${side}) j WHERE substr(j.value ->> '$.code', 1, length(@${side}Code)) = @${side}Code
      OR instr(lower(j.value ->> '$.name'), @${side}Name) > 0)`);
    params[`${side}Code`] = needle.toUpperCase();
    params[`${side}Name`] = needle.toLowerCase();
  }
  if (filter.text) {
    where.push(`e.id IN (SELECT m.event FROM event_mentions m JOIN articles a ON a.id = m.article
      WHERE a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @text))`);
    params["text"] = ftsQuery(filter.text);
  }
  return { sql: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
}

/** Plain words become an AND of quoted terms, so user text never breaks FTS5 syntax. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `"${w}"`).join(" ") : '""';
}

const SELECT_EVENTS = `SELECT e.*, ${ORDER_KEY} AS k, (SELECT json_group_array(json_object('article', m.article,
    'event', m.local_id, 'sentence', m.sentence, 'start', m.span_start, 'end', m.span_end, 'text', m.text,
    'source', m.source, 'url', m.url, 'published', m.published) ORDER BY m.rowid) FROM event_mentions m WHERE m.event = e.id) AS mentions
  FROM events e`;

export function queryEvents(db: Database.Database, filter: EventFilter): StoredEvent[] {
  const { sql, params } = eventWhere(filter);
  const limit = filter.limit && filter.limit > 0 ? `LIMIT ${Math.floor(filter.limit)}` : "";
  const rows = db.prepare(`${SELECT_EVENTS} ${sql} ORDER BY k, e.seq ${limit}`).all(params) as EventRow[];
  return rows.map(toEvent);
}

/** One page in the order of the `events_order` index, and the filter's total (a count the database makes). */
export function pageEvents(db: Database.Database, filter: EventFilter): EventPage {
  const { sql, params } = eventWhere(filter);
  const side = sideTotalFilter(filter);
  const counted = side ? sideTotalSql(side) : null;
  const total = counted ? db.prepare(counted.sql).pluck().get(counted.param) as number
    : db.prepare(`SELECT count(*) FROM events e ${sql}`).pluck().get(params) as number;
  const size = pageSize(filter.limit);
  const after = filter.after ? parseCursor(filter.after) : null;
  if (filter.after && !after) throw new Error(`not an event cursor: ${filter.after}`);
  const keyset = after ? `(${ORDER_KEY}, e.seq) > (@afterKey, @afterSeq)` : "";
  const where = keyset ? (sql ? `${sql} AND ${keyset}` : `WHERE ${keyset}`) : sql;
  const offset = filter.offset && filter.offset > 0 ? Math.floor(filter.offset) : 0;
  const rows = db.prepare(`${SELECT_EVENTS} ${where} ORDER BY k, e.seq LIMIT ${size + 1} OFFSET ${offset}`)
    .all({ ...params, ...(after ? { afterKey: after.key, afterSeq: after.seq } : {}) }) as EventRow[];
  const more = rows.length > size;
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return { total, items: items.map(toEvent), next: more && last ? cursorOf(last.k, last.seq) : null };
}

export function eventById(db: Database.Database, id: string): StoredEvent | null {
  const row = db.prepare(`${SELECT_EVENTS} WHERE e.id = ?`).get(id) as EventRow | undefined;
  return row ? toEvent(row) : null;
}

function toEvent(r: EventRow): StoredEvent {
  const mentions: EventMention[] = (JSON.parse(r.mentions) as MentionJson[]).map((m) => ({
    article: m.article, event: m.event, sentence: m.sentence, span: [m.start, m.end] as const, text: m.text,
    source: m.source, url: m.url, published: m.published,
  }));
  const acled: AcledType | null = r.acled_type ? { event_type: r.acled_type, sub_event_type: r.acled_sub ?? "" } : null;
  return {
    id: r.id, seq: r.seq, cameo: r.cameo, cameo_name: r.cameo_name, plover: r.plover, plover_mode: r.plover_mode,
    acled, goldstein: r.goldstein, quad_class: r.quad_class,
    source: JSON.parse(r.source) as ActorRef[], target: JSON.parse(r.target) as ActorRef[],
    negated: r.negated === 1, modality: r.modality as Modality, date: r.date,
    date_precision: r.date_precision as DatePrecision | null, date_from: r.date_from as DateSource | null,
    location: r.location ? (JSON.parse(r.location) as Place) : null, trigger: r.trigger, confidence: r.confidence,
    num_mentions: r.num_mentions, num_articles: r.num_articles, num_sources: r.num_sources,
    articles: [...new Set(mentions.map((m) => m.article))],
    sources: [...new Set(mentions.map((m) => m.source).filter((s): s is string => !!s))],
    mentions,
  };
}

export function asStatus(s: string): CeasefireStatus {
  return s as CeasefireStatus;
}
