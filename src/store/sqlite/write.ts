/**
 * The SQLite write path: one article with everything coded from it, in one transaction. Events are merged with
 * stored events that have the same merge key and a date at most one day apart.
 */
import type Database from "better-sqlite3";
import type { ArticleRecord, PartyRef, PutOutcome } from "../types.ts";
import { dayNumber, mergeKey } from "../event-key.ts";
import { actorKey } from "../actor-key.ts";
import { encodeSignature } from "./signature.ts";
import { ceasefireBody, eventRow, suffixedId } from "../rows.ts";
import { sideTableWriter } from "./side-tables.ts";

/** Prepares the statements once and returns the transactional `put`. */
export function makeWriter(db: Database.Database): Database.Transaction<(record: ArticleRecord) => PutOutcome> {
  const q = {
    byHash: db.prepare("SELECT id FROM articles WHERE hash = ?").pluck(),
    idTaken: db.prepare("SELECT 1 FROM articles WHERE id = ?").pluck(),
    storyOf: db.prepare("SELECT story FROM articles WHERE id = ?").pluck(),
    article: db.prepare(`INSERT INTO articles (id, hash, input_hash, title, author, source, published, url, text, story,
      near_duplicate_of, similarity, signature, ingested, origin, coded)
      VALUES (@id, @hash, @input_hash, @title, @author, @source, @published, @url, @text, @story,
      @near_duplicate_of, @similarity, @signature, @ingested, @origin, @coded)`),
    fts: db.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)"),
    band: db.prepare("INSERT OR IGNORE INTO minhash_bands (band, article) VALUES (?, ?)"),
    actor: db.prepare(`INSERT INTO actors (key, name, code, kind, country, num_articles, num_mentions, first_seen, last_seen)
      VALUES (@key, @name, @code, @kind, @country, 1, @mentions, @date, @date)
      ON CONFLICT(key) DO UPDATE SET num_articles = num_articles + 1, num_mentions = num_mentions + @mentions,
      first_seen = CASE WHEN first_seen IS NULL OR @date < first_seen THEN coalesce(@date, first_seen) ELSE first_seen END,
      last_seen = CASE WHEN last_seen IS NULL OR @date > last_seen THEN coalesce(@date, last_seen) ELSE last_seen END`),
    articleActor: db.prepare("INSERT OR IGNORE INTO article_actors (article, local_id, actor, mentions) VALUES (?, ?, ?, ?)"),
    findEvent: db.prepare(`SELECT id FROM events WHERE merge_key = ? AND day BETWEEN ? AND ?
      ORDER BY abs(day - ?), seq LIMIT 1`).pluck(),
    event: db.prepare(`INSERT INTO events (id, merge_key, day, cameo, root, cameo_name, plover, plover_mode, acled_type,
      acled_sub, goldstein, quad_class, source, target, codes, countries, negated, modality, date, date_precision,
      date_from, location, country, trigger, confidence, num_mentions, num_articles, num_sources)
      VALUES (@id, @merge_key, @day, @cameo, @root, @cameo_name, @plover, @plover_mode, @acled_type, @acled_sub,
      @goldstein, @quad_class, @source, @target, @codes, @countries, @negated, @modality, @date, @date_precision,
      @date_from, @location, @country, @trigger, @confidence, 1, 1, 1)`),
    mention: db.prepare(`INSERT OR IGNORE INTO event_mentions (event, article, local_id, sentence, span_start, span_end,
      text, source, url, published, story, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    hasStory: db.prepare("SELECT 1 FROM event_mentions WHERE event = ? AND story = ? LIMIT 1").pluck(),
    hasOutlet: db.prepare("SELECT 1 FROM event_mentions WHERE event = ? AND outlet = ? LIMIT 1").pluck(),
    counts: db.prepare(`UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + @story,
      num_sources = num_sources + @outlet WHERE id = @id`),
    quote: db.prepare(`INSERT OR IGNORE INTO quotes (article, idx, speaker, speaker_name, text, start, "end", direct)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    ceasefire: db.prepare("INSERT OR IGNORE INTO ceasefire_mentions (article, idx, country, status, body) VALUES (?, ?, ?, ?, ?)"),
  };

  // the aggregates' side tables grow with each new event, in the same transaction
  const addCells = sideTableWriter(db);

  const put = (record: ArticleRecord): PutOutcome => {
    const existing = q.byHash.get(record.hash) as string | undefined;
    if (existing !== undefined) return { status: "duplicate", id: existing };
    const { coded } = record;
    const a = coded.article;
    const id = q.idTaken.get(coded.id) ? suffixedId(coded.id, record.hash) : coded.id;
    const story = (record.nearDuplicateOf && (q.storyOf.get(record.nearDuplicateOf) as string | undefined)) || id;
    const { text: _text, ...metaWithoutText } = a;
    const info = q.article.run({
      id, hash: record.hash, input_hash: record.inputHash, title: a.title, author: a.author, source: a.source,
      published: a.published, url: a.url, text: a.text, story,
      near_duplicate_of: story === id ? null : record.nearDuplicateOf, similarity: record.similarity,
      signature: encodeSignature(record.signature), ingested: record.ingested, origin: record.origin,
      coded: JSON.stringify({ ...coded, id, article: metaWithoutText }),
    });
    q.fts.run(info.lastInsertRowid, a.title ?? "", a.text);
    for (const band of record.bands) q.band.run(band, id);

    const parties = new Map<string, PartyRef>();
    const seen = new Set<string>();
    for (const actor of coded.actors) {
      const key = actorKey(actor);
      parties.set(actor.id, { key, name: actor.name, code: actor.code, country: actor.country });
      const fresh = q.articleActor.run(id, actor.id, key, actor.mentions.length).changes > 0;
      if (fresh && !seen.has(key)) {
        seen.add(key);
        q.actor.run({ key, name: actor.name, code: actor.code, kind: actor.kind, country: actor.country,
          mentions: actor.mentions.length, date: a.published });
      }
    }

    const eventIds = new Map<string, string>();
    let merged = 0;
    for (const ev of coded.events) {
      const key = mergeKey(ev);
      const day = dayNumber(ev.date);
      let stored = day === null ? undefined : (q.findEvent.get(key, day - 1, day + 1, day) as string | undefined);
      const fresh = stored === undefined;
      if (stored === undefined) {
        // a new event starts with this one mention, story and outlet: its counts are written with it
        stored = `${id}/${ev.id}`;
        const row = eventRow(stored, key, day, ev);
        const seq = q.event.run({ ...row, negated: row.negated ? 1 : 0 }).lastInsertRowid;
        addCells(row, Number(seq));
      } else merged++;
      eventIds.set(ev.id, stored);
      const span = ev.span;
      const outlet = a.source ?? id;
      const newStory = fresh || q.hasStory.get(stored, story) === undefined ? 1 : 0;
      const newOutlet = fresh || q.hasOutlet.get(stored, outlet) === undefined ? 1 : 0;
      const added = q.mention.run(stored, id, ev.id, ev.sentence, span[0], span[1], a.text.slice(span[0], span[1]),
        a.source, a.url, a.published, story, outlet).changes;
      if (added > 0 && !fresh) q.counts.run({ id: stored, story: newStory, outlet: newOutlet });
    }

    coded.quotes.forEach((quote, i) => {
      q.quote.run(id, i, quote.speaker ? (parties.get(quote.speaker)?.key ?? null) : null, quote.speaker_name,
        quote.text, quote.start, quote.end, quote.direct ? 1 : 0);
    });
    coded.ceasefires.forEach((cf, i) => {
      q.ceasefire.run(id, i, cf.country, cf.status, ceasefireBody(coded, cf, parties, eventIds));
    });
    return { status: "stored", id, events: coded.events.length, merged };
  };
  return db.transaction(put);
}
