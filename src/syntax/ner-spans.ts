/**
 * Named-entity spans over a sentence's tokens and their BIO labels. A span is a half-open token range
 * `[start, end)` with one of the entity types the tagger knows; labels are "O", "B-TYPE" and "I-TYPE", and an
 * "I-TYPE" is only allowed after "B-TYPE" or "I-TYPE" of the same type (the decoder enforces it).
 */

export const ENTITY_TYPES = ["PER", "ORG", "LOC"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntitySpan {
  /** first token, 0-based */
  readonly start: number;
  /** one past the last token */
  readonly end: number;
  readonly type: EntityType;
}

/** The label set, "O" first: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC. */
export const BIO_LABELS: readonly string[] = ["O", ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Class index of "B-TYPE" (`I-TYPE` is one more). */
export const beginOf = (type: EntityType): number => 1 + 2 * ENTITY_TYPES.indexOf(type);

/** true when class `c` is an I- label */
export const isInside = (c: number): boolean => c > 0 && c % 2 === 0;

/** true when class `c` may follow class `prev` (-1 before the sentence) */
export function allowedAfter(prev: number, c: number): boolean {
  if (!isInside(c)) return true;
  return prev === c || prev === c - 1;
}

/** The class of each token for non-overlapping spans (a later span overlapping an earlier one is a bug). */
export function spansToClasses(n: number, spans: readonly EntitySpan[]): number[] {
  const out = new Array<number>(n).fill(0);
  for (const s of spans) {
    if (s.start < 0 || s.end > n || s.start >= s.end) throw new Error(`ner: span [${s.start}, ${s.end}) outside a sentence of ${n} tokens`);
    const b = beginOf(s.type);
    for (let i = s.start; i < s.end; i++) {
      if (out[i] !== 0) throw new Error(`ner: overlapping spans at token ${i}`);
      out[i] = i === s.start ? b : b + 1;
    }
  }
  return out;
}

/** Spans from classes; an I- label that does not continue a span of its type starts one (as CoNLL's scorer reads it). */
export function classesToSpans(classes: ArrayLike<number>): EntitySpan[] {
  const out: EntitySpan[] = [];
  let start = -1, type = -1;
  const close = (end: number): void => {
    if (start >= 0) out.push({ start, end, type: ENTITY_TYPES[(type - 1) / 2] as EntityType });
    start = -1;
    type = -1;
  };
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i] as number;
    if (c === 0) close(i);
    else if (isInside(c) && start >= 0 && type === c - 1) continue;
    else {
      close(i);
      start = i;
      type = isInside(c) ? c - 1 : c;
    }
  }
  close(classes.length);
  return out;
}

/** Spans from IOB2 tag strings ("B-PER", "I-PER", "O"); tags of other types are dropped. */
export function tagsToSpans(tags: readonly string[]): EntitySpan[] {
  return classesToSpans(tags.map((t) => Math.max(0, BIO_LABELS.indexOf(t))));
}
