/**
 * Builds a Doc by hand for stage tests, without running other stages: tokens split on /\w+|[^\w\s]/, sentences
 * split after full stops, and mentions, dates and events placed by their surface text.
 */
import { phraseKey } from "../../src/actors/kb/key.ts";
import type { ActorMention, Doc, Sentence, Token } from "../../src/doc.ts";
import type { ActorKind, CodedDate, CodedEvent, Modality } from "../../src/types.ts";

export interface HandMention {
  readonly text: string;
  readonly key: string;
  readonly kind?: ActorKind;
  readonly code?: string;
  readonly country?: string | null;
  /** which occurrence of `text` (0-based); default every occurrence */
  readonly nth?: number;
}

export interface HandEvent {
  readonly trigger: string;
  readonly cameo: string;
  readonly source?: readonly string[];
  readonly target?: readonly string[];
  readonly date?: string | null;
  readonly negated?: boolean;
  readonly modality?: Modality;
  readonly country?: string | null;
}

export interface HandDoc {
  readonly published?: string;
  readonly mentions?: readonly HandMention[];
  readonly dates?: readonly { readonly text: string; readonly date: string }[];
  readonly events?: readonly HandEvent[];
}

function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) at.push(i);
  return at;
}

export function handDoc(text: string, spec: HandDoc = {}): Doc {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let offset = 0;
  for (const part of text.split(/(?<=\.)\s/)) {
    const start = text.indexOf(part, offset);
    const index = sentences.length;
    const tokenStart = tokens.length;
    for (const m of part.matchAll(/\w+|[^\w\s]/g)) {
      const lower = m[0].toLowerCase();
      tokens.push({ i: tokens.length, text: m[0], lower, pos: "X", lemma: lower, key: phraseKey(m[0]), start: start + m.index,
        end: start + m.index + m[0].length, sentence: index });
    }
    sentences.push({ index, start, end: start + part.length, text: part, tokenStart, tokenEnd: tokens.length });
    offset = start + part.length;
  }
  const sentenceAt = (at: number): number => sentences.findIndex((s) => at >= s.start && at < s.end);
  const tokenRange = (start: number, end: number): [number, number] => {
    const inside = tokens.filter((t) => t.start >= start && t.end <= end);
    return [inside[0]?.i ?? 0, (inside.at(-1)?.i ?? 0) + 1];
  };
  const mentions: ActorMention[] = (spec.mentions ?? []).flatMap((m) =>
    occurrences(text, m.text)
      .filter((_, i) => m.nth === undefined || i === m.nth)
      .map((start) => {
        const end = start + m.text.length;
        const [tokenStart, tokenEnd] = tokenRange(start, end);
        return { start, end, text: m.text, key: m.key, name: m.key, kind: m.kind ?? "person",
          code: m.code ?? "---", country: m.country ?? null, sentence: sentenceAt(start), tokenStart, tokenEnd,
          via: "kb" };
      }),
  ).sort((a, b) => a.start - b.start);
  const dates: CodedDate[] = (spec.dates ?? []).map((d) => {
    const start = text.indexOf(d.text);
    if (start < 0) throw new Error(`handDoc: date text "${d.text}" not in text`);
    return { text: d.text, start, end: start + d.text.length, date: d.date, precision: "day", sentence: sentenceAt(start) };
  });
  const ref = (key: string) => {
    const m = mentions.find((x) => x.key === key);
    return { actor: key, name: key, code: m?.code ?? "---", country: m?.country ?? null };
  };
  const events: CodedEvent[] = (spec.events ?? []).map((e, i) => {
    const start = text.indexOf(e.trigger);
    if (start < 0) throw new Error(`handDoc: trigger "${e.trigger}" not in text`);
    const country = e.country ?? null;
    return {
      id: `e${i + 1}`, cameo: e.cameo, cameo_name: e.cameo, plover: null, plover_mode: null, acled: null,
      goldstein: 0, quad_class: 1, source: (e.source ?? []).map(ref), target: (e.target ?? []).map(ref),
      negated: e.negated ?? false, modality: e.modality ?? "asserted", date: e.date ?? null,
      date_precision: e.date ? "day" : null,
      location: country ? { name: country, country, admin1: null, lat: null, lon: null } : null,
      sentence: sentenceAt(start), span: [start, start + e.trigger.length], trigger: e.trigger, confidence: 0.8,
    };
  });
  const published = spec.published ?? "2020-01-15";
  return {
    id: "hand",
    article: { title: null, author: null, source: null, published, url: null, text },
    reference: new Date(`${published}T00:00:00Z`),
    sentences, tokens, mentions, dates, events, places: [],
  };
}
