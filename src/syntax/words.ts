/**
 * The per-word values every syntax model's features are built from, hashed once per sentence: the normalised form
 * (lower case, digits as 0), its suffixes and prefix, and its shape ("Xx", "d", "X.X."). Position -1 and n are the
 * sentence boundary values.
 */
import { hashString } from "./hash.ts";
import { Slab } from "./slab.ts";

export interface WordValues {
  readonly n: number;
  /** index i + 2 holds word i; 0..1 and n + 2..n + 3 are padding */
  readonly norm: Uint32Array;
  readonly shape: Uint32Array;
  readonly suf1: Uint32Array;
  readonly suf2: Uint32Array;
  readonly suf3: Uint32Array;
  readonly suf4: Uint32Array;
  readonly pre1: Uint32Array;
  readonly pre3: Uint32Array;
  /** 1 when the word starts with an upper-case letter */
  readonly cap: Uint8Array;
}

export const PAD = 2;

const BEFORE = hashString("<s>");
const AFTER = hashString("</s>");

/** Lower case with every digit as 0: "1,250" → "0,000". */
export function normalise(form: string): string {
  return form.toLowerCase().replace(/\d/g, "0");
}

/** "Haftar" → "Xx", "UN" → "X", "1998" → "d", "al-Sarraj" → "x-Xx": each run of one kind of char is one symbol. */
export function shapeOf(form: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < form.length && out.length < 8; i++) {
    const code = form.charCodeAt(i);
    let kind: string;
    if (code >= 65 && code <= 90) kind = "X";
    else if (code >= 97 && code <= 122) kind = "x";
    else if (code >= 48 && code <= 57) kind = "d";
    else if (code < 128) kind = form[i] as string;
    else {
      const ch = form[i] as string;
      kind = ch !== ch.toLowerCase() ? "X" : ch !== ch.toUpperCase() ? "x" : ch;
    }
    if (kind !== last) out += kind;
    last = kind;
  }
  return out;
}

/** Hashes the values of each word of one sentence. */
export function wordValues(forms: readonly string[]): WordValues {
  const n = forms.length;
  const size = n + 2 * PAD;
  const slab = new Slab(8 * Slab.size(size, 4) + Slab.size(size, 1));
  const make = (): Uint32Array => {
    const a = slab.uint32(size);
    a[0] = BEFORE; a[1] = BEFORE; a[size - 1] = AFTER; a[size - 2] = AFTER;
    return a;
  };
  const norm = make(), shape = make(), suf1 = make(), suf2 = make(), suf3 = make(), suf4 = make(), pre1 = make(), pre3 = make();
  const cap = slab.uint8(size);
  for (let i = 0; i < n; i++) {
    const form = forms[i] as string;
    const low = normalise(form);
    const k = i + PAD;
    norm[k] = hashString(low);
    shape[k] = hashString(shapeOf(form));
    suf1[k] = hashString(low.slice(-1));
    suf2[k] = hashString(low.slice(-2));
    suf3[k] = hashString(low.slice(-3));
    suf4[k] = hashString(low.slice(-4));
    pre1[k] = hashString(low.slice(0, 1));
    pre3[k] = hashString(low.slice(0, 3));
    cap[k] = form !== "" && form[0] !== (form[0] as string).toLowerCase() ? 1 : 0;
  }
  return { n, norm, shape, suf1, suf2, suf3, suf4, pre1, pre3, cap };
}
