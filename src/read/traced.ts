/**
 * Text that remembers where each of its characters came from in the input. The plain-text reader rewrites the
 * input (entities decoded, Markdown stripped, whitespace collapsed, lines joined) only through these functions,
 * so every offset into the clean body maps back to the characters the user pasted (see input-map.ts).
 */

export interface Traced {
  readonly text: string;
  /** for each UTF-16 unit of `text`, the input offset where its source starts */
  readonly from: Int32Array;
  /** ... and where it ends (one past); longer than one unit for a replacement such as "&amp;" → "&" */
  readonly to: Int32Array;
}

/** A piece of a replacement: new text (sourced from the whole match) or a range of the traced text kept as is. */
export type Piece = string | readonly [start: number, end: number];

/** Appends characters with their sources; grows by doubling. */
class Builder {
  text = "";
  from: Int32Array;
  to: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.from = new Int32Array(Math.max(16, capacity));
    this.to = new Int32Array(Math.max(16, capacity));
  }
  private room(n: number): void {
    if (this.length + n <= this.from.length) return;
    const size = Math.max(this.from.length * 2, this.length + n);
    const from = new Int32Array(size); from.set(this.from.subarray(0, this.length)); this.from = from;
    const to = new Int32Array(size); to.set(this.to.subarray(0, this.length)); this.to = to;
  }
  copy(t: Traced, start: number, end: number): void {
    if (end <= start) return;
    this.room(end - start);
    this.from.set(t.from.subarray(start, end), this.length);
    this.to.set(t.to.subarray(start, end), this.length);
    this.length += end - start;
    this.text += t.text.slice(start, end);
  }
  add(text: string, from: number, to: number): void {
    this.room(text.length);
    this.from.fill(from, this.length, this.length + text.length);
    this.to.fill(to, this.length, this.length + text.length);
    this.length += text.length;
    this.text += text;
  }
  done(): Traced {
    return { text: this.text, from: this.from.subarray(0, this.length), to: this.to.subarray(0, this.length) };
  }
}

/**
 * The input itself: character i comes from offset i.
 *
 * @example traceInput("ab").from // Int32Array [0, 1]
 */
export function traceInput(raw: string): Traced {
  const from = new Int32Array(raw.length);
  const to = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) { from[i] = i; to[i] = i + 1; }
  return { text: raw, from, to };
}

/** The part of `t` from `start` to `end`, sources kept. */
export function sliceTraced(t: Traced, start: number, end = t.text.length): Traced {
  // views, not copies: traced arrays are never written once built
  return { text: t.text.slice(start, end), from: t.from.subarray(start, end), to: t.to.subarray(start, end) };
}

/** The input span of `t.text[start, end)`; an empty range gives the point where it sits. */
export function sourceOf(t: Traced, start: number, end: number): readonly [number, number] {
  const n = t.text.length;
  if (n === 0) return [0, 0];
  if (end <= start) {
    const at = start < n ? (t.from[start] as number) : (t.to[n - 1] as number);
    return [at, at];
  }
  return [t.from[start] as number, t.to[end - 1] as number];
}

/**
 * Replaces every match of a global pattern by the pieces `replace` returns. New text is sourced from the whole
 * match; kept ranges keep their own sources. Use the `d` flag to keep groups (see `group`).
 *
 * @example replaceTraced(traceInput("a &amp; b"), /&amp;/g, () => ["&"]).text === "a & b"
 */
export function replaceTraced(t: Traced, pattern: RegExp, replace: (m: RegExpExecArray) => readonly Piece[]): Traced {
  if (!pattern.global) throw new Error(`replaceTraced needs a global pattern, got ${pattern}`);
  // the module-level patterns are used in place: nothing here runs while another replacement holds one
  const re = pattern;
  re.lastIndex = 0;
  let out: Builder | null = null;
  let last = 0;
  for (let m = re.exec(t.text); m !== null; m = re.exec(t.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) re.lastIndex++;
    out ??= new Builder(t.text.length);
    out.copy(t, last, start);
    const [from, to] = sourceOf(t, start, end);
    for (const piece of replace(m)) {
      if (typeof piece === "string") out.add(piece, from, to);
      else out.copy(t, piece[0], piece[1]);
    }
    last = end;
  }
  re.lastIndex = 0;
  if (out === null) return t;
  out.copy(t, last, t.text.length);
  return out.done();
}

/**
 * The range of group `k` of a match made with the `d` flag, as a piece that keeps it; [] when the group is unset.
 *
 * @example replaceTraced(t, /\*(\w+)\*\/dg, (m) => group(m, 1))
 */
export function group(m: RegExpExecArray, k: number): readonly Piece[] {
  const range = m.indices?.[k];
  if (m.indices === undefined) throw new Error(`group() needs a match made with the d flag: ${m[0]}`);
  return range === undefined ? [] : [range];
}

/** Joins traced parts with a separator sourced from the input between them (the line breaks it replaces). */
export function joinTraced(parts: readonly Traced[], separator: string): Traced {
  const out = new Builder(parts.reduce((n, p) => n + p.text.length + separator.length, 0));
  let previousEnd: number | null = null;
  for (const part of parts) {
    if (part.text.length === 0) continue;
    const start = part.from[0] as number;
    if (previousEnd !== null) out.add(separator, Math.min(previousEnd, start), Math.max(previousEnd, start));
    out.copy(part, 0, part.text.length);
    previousEnd = part.to[part.text.length - 1] as number;
  }
  return out.done();
}

/** `t` without leading and trailing white space. */
export function trimTraced(t: Traced): Traced {
  const start = t.text.length - t.text.trimStart().length;
  const end = t.text.trimEnd().length;
  return start === 0 && end === t.text.length ? t : sliceTraced(t, start, Math.max(start, end));
}

/**
 * `t` in Unicode NFC. Each base character with its combining marks is composed on its own, so a composed
 * character is sourced from the characters it was made of.
 */
export function nfcTraced(t: Traced): Traced {
  // ASCII is always NFC; only other text pays for normalize()
  if (!/[^\x00-\x7f]/.test(t.text) || t.text === t.text.normalize("NFC")) return t;
  const out = replaceTraced(t, /[\s\S]\p{M}*/gu, (m) => {
    const nfc = m[0].normalize("NFC");
    return nfc === m[0] ? [[m.index, m.index + m[0].length]] : [nfc];
  });
  if (out.text === out.text.normalize("NFC")) return out;
  // Compositions across non-mark characters (Hangul jamo): correct text, sourced from the whole input span.
  const [from, to] = sourceOf(t, 0, t.text.length);
  const whole = new Builder(t.text.length);
  whole.add(t.text.normalize("NFC"), from, to);
  return whole.done();
}
