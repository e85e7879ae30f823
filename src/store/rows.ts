/**
 * What both backends store for a coded article beyond its own columns, computed once here so SQLite and
 * PostgreSQL write the same values: the id a reused article id takes, an event's row, a ceasefire mention's body.
 */
import type { ArticleCeasefire, CodedArticle, CodedEvent } from "../types.ts";
import type { PartyRef } from "./types.ts";

/** the id of a different article that arrives under an id already taken: "n1" → "n1~3fa9c2d1" */
export const suffixedId = (id: string, hash: string): string => `${id}~${hash.slice(0, 8)}`;

/** the columns of a new event row, in the order EVENT_COLUMNS lists them */
export interface EventRow {
  readonly id: string; readonly merge_key: string; readonly day: number | null;
  readonly cameo: string; readonly root: string; readonly cameo_name: string;
  readonly plover: string | null; readonly plover_mode: string | null; readonly acled_type: string | null; readonly acled_sub: string | null;
  readonly goldstein: number; readonly quad_class: number;
  readonly source: string; readonly target: string; readonly codes: string; readonly countries: string;
  readonly negated: boolean; readonly modality: string; readonly date: string | null; readonly date_precision: string | null;
  readonly date_from: string | null;
  readonly location: string | null; readonly country: string | null; readonly trigger: string; readonly confidence: number;
}

export const EVENT_COLUMNS = [
  "id", "merge_key", "day", "cameo", "root", "cameo_name", "plover", "plover_mode", "acled_type", "acled_sub", "goldstein",
  "quad_class", "source", "target", "codes", "countries", "negated", "modality", "date", "date_precision", "date_from",
  "location", "country", "trigger", "confidence",
] as const satisfies readonly (keyof EventRow)[];

export function eventRow(id: string, key: string, day: number | null, ev: CodedEvent): EventRow {
  const sides = [...ev.source, ...ev.target];
  const countries = new Set(sides.map((s) => s.country).filter((c): c is string => !!c));
  if (ev.location?.country) countries.add(ev.location.country);
  return {
    id, merge_key: key, day, cameo: ev.cameo, root: ev.cameo.slice(0, 2), cameo_name: ev.cameo_name ?? "",
    plover: ev.plover, plover_mode: ev.plover_mode, acled_type: ev.acled?.event_type ?? null,
    acled_sub: ev.acled?.sub_event_type ?? null, goldstein: ev.goldstein, quad_class: ev.quad_class,
    source: JSON.stringify(ev.source), target: JSON.stringify(ev.target),
    // padded with spaces so the filters can match whole codes and words with LIKE '% X %'
    codes: ` ${sides.map((s) => `${s.code} ${s.name.toLowerCase()}`).join(" ")} `,
    countries: ` ${[...countries].join(" ")} `, negated: ev.negated, modality: ev.modality,
    date: ev.date, date_precision: ev.date_precision, date_from: ev.date_from ?? null, location: ev.location ? JSON.stringify(ev.location) : null,
    country: ev.location?.country ?? null, trigger: ev.trigger, confidence: ev.confidence,
  };
}

/**
 * The JSON body of a stored ceasefire mention: parties and mediators as stored actors, the stored ids of the
 * events that are its evidence, and the text of the sentence deciding its status followed by the events' spans.
 */
export function ceasefireBody(
  coded: CodedArticle, cf: ArticleCeasefire, parties: ReadonlyMap<string, PartyRef>, eventIds: ReadonlyMap<string, string>,
): string {
  const resolve = (ids: readonly string[]): PartyRef[] => ids.map((x) => parties.get(x) ?? { key: x, name: x, code: "", country: null });
  const evidence = cf.evidence.map((x) => eventIds.get(x)).filter((x): x is string => x !== undefined);
  const spans = cf.evidence.flatMap((x) => {
    const ev = coded.events.find((e) => e.id === x);
    return ev ? [coded.article.text.slice(ev.span[0], ev.span[1])] : [];
  });
  // the sentence that decides the status comes first: the record's timeline shows it as the evidence
  const decided = cf.decided_by?.text;
  const evidenceText = decided && !spans.includes(decided) ? [decided, ...spans] : spans;
  return JSON.stringify({
    parties: resolve(cf.parties), mediators: resolve(cf.mediators), declared: cf.declared,
    effective: cf.effective ?? null, terms: cf.terms ?? [], evidence, evidence_text: evidenceText,
  });
}
