/**
 * Synthesised stored events for the load benchmark and its test: articles made up from a small pool of actors,
 * event kinds, places and days, written through the store API in large groups (no coding), so a store of 100k
 * events fills in seconds. Deterministic: article i is always the same.
 */
import { createHash } from "node:crypto";
import type { ActorRef, CodedActor, CodedArticle, CodedEvent, Place } from "../../src/types.ts";
import type { ArticleRecord, Store } from "../../src/store/types.ts";

const COUNTRIES = ["NOR", "SOL", "EGY", "KAR", "VEL", "TAM", "ORI", "BAL"];
const AGENTS = [["", "state"], ["GOV", "government"], ["MIL", "military"], ["REB", "rebel"], ["OPP", "party"]] as const;
const KINDS = [
  { cameo: "190", cameo_name: "Use conventional military force", plover: "ASSAULT", acled: { event_type: "Battles", sub_event_type: "Armed clash" }, goldstein: -10, quad_class: 4 },
  { cameo: "040", cameo_name: "Consult", plover: "CONSULT", acled: null, goldstein: 1, quad_class: 1 },
  { cameo: "0871", cameo_name: "Declare ceasefire", plover: "CONCEDE", acled: { event_type: "Strategic developments", sub_event_type: "Agreement" }, goldstein: 5, quad_class: 2 },
  { cameo: "112", cameo_name: "Accuse", plover: "ACCUSE", acled: null, goldstein: -2, quad_class: 3 },
  { cameo: "195", cameo_name: "Employ aerial weapons", plover: "ASSAULT", acled: { event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike" }, goldstein: -9.5, quad_class: 4 },
  { cameo: "036", cameo_name: "Express intent to meet", plover: "CONSULT", acled: null, goldstein: 4, quad_class: 1 },
] as const;

const ACTORS: CodedActor[] = COUNTRIES.flatMap((c, i) => AGENTS.map(([agent, kind], j) => ({
  id: `a${i * AGENTS.length + j}`, name: `${c} ${kind} ${i}`, kind, code: `${c}${agent}`, country: c,
  mentions: [{ start: 0, end: 3, text: c }],
})));
const ref = (a: CodedActor): ActorRef => ({ actor: a.id, name: a.name, code: a.code, country: a.country });
const place = (c: string, i: number): Place => ({ name: `${c} town ${i % 5}`, country: c, admin1: null, lat: i % 90, lon: i % 180 });
const iso = (day: number): string => new Date(Date.UTC(2029, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

/** A deterministic hash of two numbers (so choices do not run in step with i and merge into one another). */
const mix = (a: number, b: number): number => {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
};

/**
 * Article `i` with `perArticle` events among three actors of the pool, dated over ten years. Two events merge only
 * with the same kind, actors, place country and a day within one: with these choices about 1 in 100 do.
 */
export function syntheticArticle(i: number, perArticle: number, tag = "s"): CodedArticle {
  const pick = (k: number): CodedActor => ACTORS[mix(i, k) % ACTORS.length]!;
  const actors = [pick(1), pick(2), pick(3)];
  const text = `Report ${tag}${i}: fighting and talks near the border, witnesses said. Figures ${i * 31} and ${i % 97}.`;
  const events: CodedEvent[] = Array.from({ length: perArticle }, (_, j) => {
    const k = KINDS[mix(i, 10 + j) % KINDS.length]!;
    const day = mix(i, 100 + j) % 3650;
    return {
      id: `e${j}`, ...k, plover_mode: null, source: [ref(actors[j % 3]!)], target: [ref(actors[(j + 1 + (mix(i, 50 + j) % 2)) % 3]!)],
      negated: (i + j) % 23 === 0, modality: "asserted", date: iso(day), date_precision: "day",
      location: place(actors[j % 3]!.country ?? "NOR", i + j), sentence: 0, span: [0, 10], trigger: "fighting", confidence: 0.8,
    };
  });
  return {
    id: `${tag}${i}`, article: { title: `Report ${i}`, author: null, source: `Outlet ${i % 40}`, published: iso(mix(i, 0) % 3650), url: null, text },
    actors, events, quotes: [], ceasefires: [], dates: [], places: [],
  };
}

export function syntheticRecord(coded: CodedArticle): ArticleRecord {
  const hash = createHash("sha256").update(coded.article.text).digest("hex");
  return { coded, hash, inputHash: hash, signature: [], bands: [], nearDuplicateOf: null, similarity: null,
    ingested: "2031-01-01T00:00:00.000Z", origin: "seed" };
}

/** Stores `articles` synthetic articles of `perArticle` events each, `group` per transaction; `tag` keeps runs apart. */
export async function seed(store: Store, articles: number, perArticle: number, group = 500, tag = "s"): Promise<void> {
  for (let start = 0; start < articles; start += group) {
    const records = Array.from({ length: Math.min(group, articles - start) }, (_, k) => syntheticRecord(syntheticArticle(start + k, perArticle, tag)));
    await store.putArticles(records);
  }
}
