/**
 * PostgreSQL event reads, a port of the SQLite ones (sqlite/read.ts): every matching event, one page by cursor or
 * offset with the filter's total, one event by id; rows to the stored shape.
 */
import type { AcledType, ActorRef, DatePrecision, DateSource, Modality, Place } from "../../types.ts";
import type { EventFilter, EventMention, EventPage, StoredEvent } from "../types.ts";
import { ORDER_KEY, cursorOf, pageSize, parseCursor } from "../cursor.ts";
import { Params, eventWhere, limitClause, type Queryable } from "./read.ts";
import { sideTotalFilter, sideTotalSql } from "../side-filter.ts";

interface EventRow {
  seq: string; id: string; cameo: string; cameo_name: string; plover: string | null; plover_mode: string | null;
  acled_type: string | null; acled_sub: string | null; goldstein: number; quad_class: number;
  source: ActorRef[]; target: ActorRef[]; negated: boolean; modality: string; date: string | null;
  date_precision: string | null; date_from: string | null; location: Place | null; trigger: string; confidence: number;
  num_mentions: number; num_articles: number; num_sources: number; mentions: MentionJson[]; k: number;
}

interface MentionJson {
  article: string; event: string; sentence: number; start: number; end: number; text: string;
  source: string | null; url: string | null; published: string | null;
}

const SELECT_EVENTS = `SELECT e.seq, e.id, e.cameo, e.cameo_name, e.plover, e.plover_mode,
    e.acled_type, e.acled_sub, e.goldstein, e.quad_class, e.source, e.target, e.negated, e.modality, e.date,
    e.date_precision, e.date_from, e.location, e.trigger, e.confidence, e.num_mentions, e.num_articles, e.num_sources, ${ORDER_KEY} AS k,
    (SELECT coalesce(json_agg(json_build_object('article', m.article, 'event', m.local_id, 'sentence', m.sentence,
      'start', m.span_start, 'end', m.span_end, 'text', m.text, 'source', m.source, 'url', m.url,
      'published', m.published) ORDER BY m.seq), '[]'::json) FROM event_mentions m WHERE m.event = e.id) AS mentions
  FROM events e`;

export async function queryEvents(db: Queryable, filter: EventFilter): Promise<StoredEvent[]> {
  const p = new Params();
  const where = eventWhere(filter, p);
  const limit = limitClause(filter.limit, p);
  const { rows } = await db.query<EventRow>(`${SELECT_EVENTS} ${where} ORDER BY k, e.seq ${limit}`, p.values);
  return rows.map(toEvent);
}

/** One page in the order of the `events_order` index, and the filter's total (a count the database makes). */
export async function pageEvents(db: Queryable, filter: EventFilter): Promise<EventPage> {
  const p = new Params();
  const where = eventWhere(filter, p);
  const side = sideTotalFilter(filter);
  const fromSide = side ? sideTotalSql(side) : null;
  const counted = fromSide ? await db.query<{ n: string }>(fromSide.sql.replace("?", "$1"), [fromSide.param])
    : await db.query<{ n: string }>(`SELECT count(*) AS n FROM events e ${where}`, p.values);
  const size = pageSize(filter.limit);
  const after = filter.after ? parseCursor(filter.after) : null;
  if (filter.after && !after) throw new Error(`not an event cursor: ${filter.after}`);
  const keyset = after ? `(${ORDER_KEY}, e.seq) > (${p.add(after.key)}, ${p.add(after.seq)})` : "";
  const all = keyset ? (where ? `${where} AND ${keyset}` : `WHERE ${keyset}`) : where;
  const offset = filter.offset && filter.offset > 0 ? Math.floor(filter.offset) : 0;
  const { rows } = await db.query<EventRow>(`${SELECT_EVENTS} ${all} ORDER BY k, e.seq
    LIMIT ${p.add(size + 1)} OFFSET ${p.add(offset)}`, p.values);
  const more = rows.length > size;
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return { total: Number(counted.rows[0]?.n ?? 0), items: items.map(toEvent), next: more && last ? cursorOf(last.k, Number(last.seq)) : null };
}

export async function eventById(db: Queryable, id: string): Promise<StoredEvent | null> {
  const { rows } = await db.query<EventRow>(`${SELECT_EVENTS} WHERE e.id = $1`, [id]);
  return rows[0] ? toEvent(rows[0]) : null;
}

function toEvent(r: EventRow): StoredEvent {
  const mentions: EventMention[] = r.mentions.map((m) => ({
    article: m.article, event: m.event, sentence: m.sentence, span: [m.start, m.end] as const, text: m.text,
    source: m.source, url: m.url, published: m.published,
  }));
  const acled: AcledType | null = r.acled_type ? { event_type: r.acled_type, sub_event_type: r.acled_sub ?? "" } : null;
  return {
    // bigserial comes back as a string (pg keeps int8 exact); ids stay far below 2^53
    id: r.id, seq: Number(r.seq), cameo: r.cameo, cameo_name: r.cameo_name, plover: r.plover, plover_mode: r.plover_mode,
    acled, goldstein: r.goldstein, quad_class: r.quad_class, source: r.source, target: r.target,
    negated: r.negated, modality: r.modality as Modality, date: r.date,
    date_precision: r.date_precision as DatePrecision | null, date_from: r.date_from as DateSource | null, location: r.location, trigger: r.trigger,
    confidence: r.confidence, num_mentions: r.num_mentions, num_articles: r.num_articles, num_sources: r.num_sources,
    articles: [...new Set(mentions.map((m) => m.article))],
    sources: [...new Set(mentions.map((m) => m.source).filter((s): s is string => !!s))],
    mentions,
  };
}

