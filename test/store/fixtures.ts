/** Hand-made CodedArticles for the storage and ceasefire tests: sentences we wrote, codes we chose. */
import type {
  ActorRef, ArticleCeasefire, CodedActor, CodedArticle, CodedEvent, Place,
} from "../../src/types.ts";
import type { ArticleRecord } from "../../src/store/types.ts";
import { contentHash } from "../../src/ingest/hash.ts";
import { bandKeys, minhash } from "../../src/ingest/minhash.ts";

export const ACTORS: Record<string, CodedActor> = {
  nor: { id: "a1", name: "Norland", kind: "state", code: "NOR", country: "NOR", mentions: [{ start: 0, end: 7, text: "Norland" }] },
  norMil: { id: "a2", name: "Norland army", kind: "military", code: "NORMIL", country: "NOR", mentions: [{ start: 0, end: 12, text: "Norland army" }] },
  reb: { id: "a3", name: "Southern Front", kind: "rebel", code: "NORREB", country: "NOR", mentions: [{ start: 0, end: 14, text: "Southern Front" }] },
  med: { id: "a4", name: "Egypt", kind: "state", code: "EGY", country: "EGY", mentions: [{ start: 0, end: 5, text: "Egypt" }] },
};

export const ref = (a: CodedActor): ActorRef => ({ actor: a.id, name: a.name, code: a.code, country: a.country });

export const PORTVILLE: Place = { name: "Portville", country: "NOR", admin1: "Coast", lat: 10.5, lon: 20.25 };

export function event(over: Partial<CodedEvent> & { id: string }): CodedEvent {
  return {
    cameo: "190", cameo_name: "Use conventional military force", plover: "ASSAULT", plover_mode: null,
    acled: { event_type: "Battles", sub_event_type: "Armed clash" }, goldstein: -10, quad_class: 4,
    source: [ref(ACTORS.norMil!)], target: [ref(ACTORS.reb!)], negated: false, modality: "asserted",
    date: "2031-03-02", date_precision: "day", location: PORTVILLE, sentence: 0, span: [0, 20],
    trigger: "clashed", confidence: 0.8, ...over,
  };
}

export interface ArticleSpec {
  id: string;
  text: string;
  published?: string | null;
  source?: string | null;
  title?: string | null;
  url?: string | null;
  actors?: CodedActor[];
  events?: CodedEvent[];
  ceasefires?: ArticleCeasefire[];
}

export function article(s: ArticleSpec): CodedArticle {
  return {
    id: s.id,
    article: { title: s.title ?? null, author: null, source: s.source ?? null, published: s.published ?? null, url: s.url ?? null, text: s.text },
    actors: s.actors ?? Object.values(ACTORS),
    events: s.events ?? [],
    quotes: [{ speaker: "a1", speaker_name: "Norland", text: "We want calm", start: 0, end: 12, direct: true }],
    ceasefires: s.ceasefires ?? [],
    dates: [],
    places: [],
  };
}

export function ceasefire(over: Partial<ArticleCeasefire>): ArticleCeasefire {
  return { country: "NOR", parties: ["a2", "a3"], mediators: ["a4"], declared: null, effective: null,
    status: "declared", terms: [], evidence: [], ...over };
}

/** The record ingest would build for a coded article (hashes and MinHash computed for real). */
export function record(coded: CodedArticle, over: Partial<ArticleRecord> = {}): ArticleRecord {
  const signature = minhash(coded.article.text);
  return {
    coded, hash: contentHash(coded.article.text), inputHash: contentHash(coded.article.text), signature,
    bands: bandKeys(signature), nearDuplicateOf: null, similarity: null, ingested: "2031-03-05T00:00:00.000Z",
    origin: "test", ...over,
  };
}

/** Long enough text for shingles: our own made-up wire story. */
export const WIRE = [
  "Fighting broke out again on Sunday between the Norland army and the Southern Front near the harbour of Portville,",
  "residents said, two days after both sides had promised to hold their fire while envoys from Egypt shuttled between",
  "the capital and the rebel headquarters in the hills. A spokesman for the army said its units had only answered",
  "mortar fire from rebel positions east of the old fish market, and that the truce remained in place.",
].join(" ");
