/**
 * The two label schemes the entity tagger can be trained with: BIO (ner-spans.ts) and BILOU, which also marks a
 * name's last word (L-) and one-word names (U-). The model file's labels say which one it uses.
 */
import {
  allowedAfter, BIO_LABELS, classesToSpans, ENTITY_TYPES, spansToClasses, type EntitySpan, type EntityType,
} from "./ner-spans.ts";

export interface NerScheme {
  readonly name: "bio" | "bilou";
  readonly labels: readonly string[];
  /** true when class `c` may follow class `prev` (-1 before the sentence) */
  allowed(prev: number, c: number): boolean;
  toClasses(n: number, spans: readonly EntitySpan[]): number[];
  toSpans(classes: ArrayLike<number>): EntitySpan[];
}

export const BIO: NerScheme = { name: "bio", labels: BIO_LABELS, allowed: allowedAfter, toClasses: spansToClasses, toSpans: classesToSpans };

const PARTS = ["B", "I", "L", "U"] as const;
/** O, then B-, I-, L-, U- of each type */
const BILOU_LABELS: readonly string[] = ["O", ...ENTITY_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
const part = (c: number): number => (c - 1) % 4; // 0 B, 1 I, 2 L, 3 U
const typeOf = (c: number): number => Math.floor((c - 1) / 4);

export const BILOU: NerScheme = {
  name: "bilou",
  labels: BILOU_LABELS,
  allowed(prev, c) {
    const open = prev > 0 && part(prev) <= 1; // after B- or I- the name must go on
    if (c === 0) return !open;
    const p = part(c);
    if (p === 1 || p === 2) return open && typeOf(prev) === typeOf(c);
    return !open;
  },
  toClasses(n, spans) {
    const out = new Array<number>(n).fill(0);
    for (const s of spans) {
      if (s.start < 0 || s.end > n || s.start >= s.end) throw new Error(`ner: span [${s.start}, ${s.end}) outside a sentence of ${n} tokens`);
      const base = 1 + 4 * ENTITY_TYPES.indexOf(s.type);
      for (let i = s.start; i < s.end; i++) {
        if (out[i] !== 0) throw new Error(`ner: overlapping spans at token ${i}`);
        out[i] = base + (s.end - s.start === 1 ? 3 : i === s.start ? 0 : i === s.end - 1 ? 2 : 1);
      }
    }
    return out;
  },
  toSpans(classes) {
    // read leniently: a name left open at the end of the sentence (or broken off) still ends where it stops
    const out: EntitySpan[] = [];
    let start = -1, type = -1;
    const close = (end: number): void => {
      if (start >= 0) out.push({ start, end, type: ENTITY_TYPES[type] as EntityType });
      start = -1;
    };
    for (let i = 0; i < classes.length; i++) {
      const c = classes[i] as number;
      if (c === 0) { close(i); continue; }
      const p = part(c), t = typeOf(c);
      if ((p === 1 || p === 2) && start >= 0 && t === type) {
        if (p === 2) close(i + 1);
        continue;
      }
      close(i);
      start = i;
      type = t;
      if (p === 2 || p === 3) close(i + 1);
    }
    close(classes.length);
    return out;
  },
};

/** The scheme whose labels these are, or null. */
export function schemeOf(labels: readonly string[]): NerScheme | null {
  for (const s of [BIO, BILOU]) if (s.labels.join(" ") === labels.join(" ")) return s;
  return null;
}
