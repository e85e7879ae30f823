/**
 * Word classes for the entity tagger (data/model/clusters.bin): for each word of a fixed vocabulary (lower case), a
 * class in each of a few named columns — k-means clusters of word vectors at several granularities ("c64", "c256",
 * "c1024", built by scripts/build-clusters.ts) and, where given, other per-word classes. Words outside the
 * vocabulary have no class. The vectors themselves are never needed at run time.
 *
 * File format, little-endian: the bytes "PWCL", u32 version (1), u32 words, u32 columns, u32 byte length of the word
 * list; per column u32 name length, its ASCII name, u32 number of classes; the word list (UTF-8, one word per "\n",
 * no duplicates); then per column one value per word, u8 when the column has at most 256 classes, else u16.
 *
 * @example
 * const classes = loadWordClasses();         // Result<WordClasses>
 * if (classes.ok) classes.value.classOf("Baghdad", 1); // class of "baghdad" in column 1, or -1
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Result } from "../types.ts";

const MAGIC = "PWCL";
const VERSION = 1;
export const CLASSES_FILE = "clusters.bin";
const MODEL_DIR = fileURLToPath(new URL("../../data/model/", import.meta.url));

export interface ClassColumn {
  readonly name: string;
  readonly size: number;
  /** one class per word, in [0, size) */
  readonly values: Uint16Array;
}

export interface WordClasses {
  readonly words: number;
  readonly columns: readonly ClassColumn[];
  /** the word's class in column `column` (looked up in lower case), or -1 when it is not in the vocabulary */
  classOf(word: string, column: number): number;
  /** the word's index in the vocabulary (lower case), or -1 */
  indexOf(word: string): number;
  /** the column named `name`, if any */
  column(name: string): ClassColumn | undefined;
  /** the vocabulary, word and index */
  entries(): IterableIterator<[string, number]>;
}

/** Builds the lookup over a vocabulary and its columns; throws on inconsistent input (a bug of the caller). */
export function wordClasses(words: readonly string[], columns: readonly ClassColumn[], known?: Map<string, number>): WordClasses {
  const index = known ?? new Map(words.map((w, i) => [w, i]));
  for (const c of columns) if (c.values.length !== words.length) throw new Error(`word classes: column ${c.name} has ${c.values.length} values for ${words.length} words`);
  const indexOf = (word: string): number => index.get(word) ?? index.get(word.toLowerCase()) ?? -1;
  return {
    words: words.length,
    columns,
    indexOf,
    column: (name) => columns.find((c) => c.name === name),
    entries: () => index.entries(),
    classOf(word, column) {
      const i = indexOf(word);
      return i < 0 ? -1 : (columns[column]?.values[i] ?? -1);
    },
  };
}

/** The file's bytes for a vocabulary and its columns (see the format above). */
export function wordClassesBytes(words: readonly string[], columns: readonly ClassColumn[]): Uint8Array {
  const enc = new TextEncoder();
  const list = enc.encode(words.join("\n"));
  const names = columns.map((c) => enc.encode(c.name));
  const head = 20 + names.reduce((s, n) => s + 8 + n.length, 0);
  const body = columns.reduce((s, c) => s + words.length * (c.size <= 256 ? 1 : 2), 0);
  const out = new Uint8Array(head + list.length + body);
  const view = new DataView(out.buffer);
  out.set(enc.encode(MAGIC), 0);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, words.length, true);
  view.setUint32(12, columns.length, true);
  view.setUint32(16, list.length, true);
  let at = 20;
  columns.forEach((c, k) => {
    const name = names[k] as Uint8Array;
    view.setUint32(at, name.length, true);
    out.set(name, at + 4);
    view.setUint32(at + 4 + name.length, c.size, true);
    at += 8 + name.length;
  });
  out.set(list, at);
  at += list.length;
  for (const c of columns) {
    for (let i = 0; i < words.length; i++) {
      if (c.size <= 256) out[at++] = c.values[i] as number;
      else { view.setUint16(at, c.values[i] as number, true); at += 2; }
    }
  }
  return out;
}

/** Reads the file format above; every problem is an error value "FILE: problem". */
export function parseWordClasses(bytes: Uint8Array, file: string): Result<WordClasses> {
  const fail = (problem: string): Result<WordClasses> => ({ ok: false, error: { code: "model", message: `${file}: ${problem}`, path: file } });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dec = new TextDecoder("utf-8", { fatal: true });
  if (bytes.length < 20 || dec.decode(bytes.subarray(0, 4)) !== MAGIC) return fail(`not a word-class file (no ${MAGIC} header)`);
  if (view.getUint32(4, true) !== VERSION) return fail(`version ${view.getUint32(4, true)}, expected ${VERSION}`);
  const n = view.getUint32(8, true), ncol = view.getUint32(12, true), listBytes = view.getUint32(16, true);
  let at = 20;
  const heads: { name: string; size: number }[] = [];
  for (let k = 0; k < ncol; k++) {
    if (at + 4 > bytes.length) return fail(`cut short in the header of column ${k + 1}`);
    const len = view.getUint32(at, true);
    if (at + 8 + len > bytes.length) return fail(`cut short in the header of column ${k + 1}`);
    const name = dec.decode(bytes.subarray(at + 4, at + 4 + len));
    const size = view.getUint32(at + 4 + len, true);
    if (!/^[a-z0-9_-]+$/i.test(name)) return fail(`column ${k + 1} has the name "${name}"`);
    if (size < 1 || size > 65536) return fail(`column ${name} has ${size} classes (1 to 65,536 allowed)`);
    heads.push({ name, size });
    at += 8 + len;
  }
  const body = heads.reduce((s, c) => s + n * (c.size <= 256 ? 1 : 2), 0);
  if (at + listBytes + body !== bytes.length) return fail(`${bytes.length} bytes, but the header announces ${at + listBytes + body}`);
  let words: string[];
  try {
    words = n === 0 ? [] : dec.decode(bytes.subarray(at, at + listBytes)).split("\n");
  } catch {
    return fail("the word list is not UTF-8");
  }
  if (words.length !== n) return fail(`${words.length} words listed, the header announces ${n}`);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    if (w === "") return fail(`word ${i + 1} is empty`);
    if (index.has(w)) return fail(`word ${i + 1} "${w}" is listed twice`);
    index.set(w, i);
  }
  // one pass over the whole list is far cheaper than lower-casing each word
  const list = words.join("\n");
  if (list !== list.toLowerCase()) {
    const i = words.findIndex((w) => w !== w.toLowerCase());
    return fail(`word ${i + 1} "${words[i]}" is not in lower case`);
  }
  at += listBytes;
  const columns: ClassColumn[] = [];
  for (const h of heads) {
    const values = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      const v = h.size <= 256 ? (bytes[at++] as number) : view.getUint16((at += 2) - 2, true);
      if (v >= h.size) return fail(`word ${i + 1} "${words[i]}" has class ${v} in column ${h.name} of ${h.size} classes`);
      values[i] = v;
    }
    columns.push({ name: h.name, size: h.size, values });
  }
  return { ok: true, value: wordClasses(words, columns, index) };
}

/** Reads `dir`/clusters.bin (default data/model); a missing file is the error code "model-missing". */
export function loadWordClasses(dir = MODEL_DIR): Result<WordClasses> {
  const path = join(dir, CLASSES_FILE);
  if (!existsSync(path)) return { ok: false, error: { code: "model-missing", message: `${path} not found: run npm run build:clusters`, path } };
  return parseWordClasses(new Uint8Array(readFileSync(path)), path);
}
