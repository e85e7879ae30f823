/**
 * Reading and writing CoNLL-U (https://universaldependencies.org/format.html): one word a line, ten tab-separated
 * columns, sentences separated by blank lines, `#` comments. Multiword tokens (`3-4 don't`) become surface tokens
 * over their words; empty nodes (`5.1`) are kept apart and never enter the basic tree. Every word gets character
 * offsets into the sentence's `# text` (or the text rebuilt from the forms and `SpaceAfter=No`).
 */
import type { Result } from "../types.ts";

export interface ConlluWord {
  /** 1-based word id within the sentence */
  readonly id: number;
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly xpos: string;
  readonly feats: string;
  /** 0 for the root; -1 when the column is "_" */
  readonly head: number;
  readonly deprel: string;
  readonly misc: string;
  /** offsets into the sentence text; words of one multiword token share its span unless their forms spell it */
  readonly start: number;
  readonly end: number;
}

export interface ConlluToken {
  readonly form: string;
  /** ids of the words the token spells (one, or several for a multiword token) */
  readonly first: number;
  readonly last: number;
  readonly spaceAfter: boolean;
  readonly start: number;
  readonly end: number;
}

export interface ConlluEmptyNode {
  readonly id: string;
  readonly form: string;
  readonly deps: string;
}

export interface ConlluSentence {
  readonly id: string;
  /** the raw sentence: `# text`, or the forms joined by their spacing */
  readonly text: string;
  /** the `# newdoc id` this sentence opens, if any */
  readonly newdoc: string | null;
  /** true when the sentence opens a paragraph (`# newpar`) */
  readonly newpar: boolean;
  readonly comments: readonly string[];
  readonly words: readonly ConlluWord[];
  readonly tokens: readonly ConlluToken[];
  readonly empty: readonly ConlluEmptyNode[];
}

interface RawLine {
  readonly cols: readonly string[];
  readonly line: number;
}

const fail = (file: string, line: number, message: string): Result<never> => ({
  ok: false, error: { code: "conllu", message: `${file}:${line}: ${message}`, path: file },
});

const spaceAfterOf = (misc: string): boolean => !misc.split("|").includes("SpaceAfter=No");

/** Builds one sentence from its comment and word lines; offsets come from walking the text with the forms. */
function buildSentence(comments: readonly string[], lines: readonly RawLine[], file: string, count: number): Result<ConlluSentence> {
  let id = `${file}#${count}`;
  let text: string | null = null;
  let newdoc: string | null = null;
  let newpar = false;
  for (const c of comments) {
    const m = /^#\s*(newdoc id|newpar id|[\w.:-]+)\s*=\s?(.*)$/.exec(c);
    if (m?.[1] === "sent_id") id = (m[2] ?? "").trim();
    else if (m?.[1] === "text") text = m[2] ?? "";
    else if (m?.[1] === "newdoc id") newdoc = (m[2] ?? "").trim();
    else if (/^#\s*newdoc\b/.test(c)) newdoc = newdoc ?? "";
    if (/^#\s*newpar\b/.test(c)) newpar = true;
  }
  const words: ConlluWord[] = [];
  const tokens: ConlluToken[] = [];
  const empty: ConlluEmptyNode[] = [];
  const surface: { form: string; first: number; last: number; spaceAfter: boolean }[] = [];
  let coveredTo = 0;
  for (const { cols, line } of lines) {
    if (cols.length !== 10) return fail(file, line, `expected 10 tab-separated columns, found ${cols.length}`);
    const [idCol, form, lemma, upos, xpos, feats, head, deprel, deps, misc] = cols as [string, string, string, string, string, string, string, string, string, string];
    const range = /^(\d+)-(\d+)$/.exec(idCol);
    if (range) {
      const first = Number(range[1]);
      const last = Number(range[2]);
      if (last < first) return fail(file, line, `bad multiword range ${idCol}`);
      surface.push({ form, first, last, spaceAfter: spaceAfterOf(misc) });
      coveredTo = last;
      continue;
    }
    if (/^\d+\.\d+$/.test(idCol)) {
      empty.push({ id: idCol, form, deps });
      continue;
    }
    if (!/^\d+$/.test(idCol)) return fail(file, line, `bad word id "${idCol}"`);
    const wid = Number(idCol);
    if (wid !== words.length + 1) return fail(file, line, `word id ${wid} out of order (expected ${words.length + 1})`);
    if (head !== "_" && !/^\d+$/.test(head)) return fail(file, line, `bad head "${head}"`);
    words.push({ id: wid, form, lemma, upos, xpos, feats, head: head === "_" ? -1 : Number(head), deprel, misc, start: 0, end: 0 });
    if (wid > coveredTo) surface.push({ form, first: wid, last: wid, spaceAfter: spaceAfterOf(misc) });
  }
  if (words.length === 0) return fail(file, lines[0]?.line ?? 0, "sentence without words");
  for (const w of words) {
    if (w.head > words.length) return fail(file, 0, `sentence ${id}: word ${w.id} has head ${w.head} beyond the sentence`);
  }
  const rebuilt = surface.map((t) => t.form + (t.spaceAfter ? " " : "")).join("").trimEnd();
  const raw = text ?? rebuilt;
  // Walk the raw text with each surface form; a form that is not found where expected is searched ahead.
  let cursor = 0;
  for (const t of surface) {
    while (cursor < raw.length && /\s/.test(raw[cursor] as string)) cursor++;
    let at = raw.startsWith(t.form, cursor) ? cursor : raw.indexOf(t.form, cursor);
    if (at < 0) at = cursor;
    const end = Math.min(raw.length, at + t.form.length);
    tokens.push({ form: t.form, first: t.first, last: t.last, spaceAfter: t.spaceAfter, start: at, end });
    cursor = end;
    let inner = at;
    const spells = words.slice(t.first - 1, t.last).map((w) => w.form).join("") === t.form;
    for (let wid = t.first; wid <= t.last; wid++) {
      const w = words[wid - 1];
      if (!w) continue;
      const span = spells ? [inner, inner + w.form.length] : [at, end];
      inner += w.form.length;
      words[wid - 1] = { ...w, start: span[0] as number, end: span[1] as number };
    }
  }
  return { ok: true, value: { id, text: raw, newdoc, newpar, comments, words, tokens, empty } };
}

/**
 * Parses a CoNLL-U file's text into sentences. The first malformed line is an error value naming `file:line`.
 *
 * @example
 * const r = parseConllu("# text = Hi.\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n");
 * r.ok && r.value[0].words[1].start === 2
 */
export function parseConllu(input: string, file = "conllu"): Result<ConlluSentence[]> {
  const sentences: ConlluSentence[] = [];
  let comments: string[] = [];
  let lines: RawLine[] = [];
  const all = input.split(/\r?\n/);
  for (let n = 0; n <= all.length; n++) {
    const line = n < all.length ? (all[n] as string) : "";
    if (line.trim() === "") {
      if (lines.length > 0) {
        const built = buildSentence(comments, lines, file, sentences.length);
        if (!built.ok) return built;
        sentences.push(built.value);
      } else if (comments.length > 0 && n < all.length) {
        // comments without words (e.g. a file header) are dropped with the blank line after them
      }
      comments = [];
      lines = [];
      continue;
    }
    if (line.startsWith("#")) {
      if (lines.length > 0) return fail(file, n + 1, "comment inside a sentence");
      comments.push(line);
      continue;
    }
    lines.push({ cols: line.split("\t"), line: n + 1 });
  }
  return { ok: true, value: sentences };
}

/** One parsed word as CoNLL-U writes it (the columns a parser fills; the others "_"). */
export interface ConlluOutWord {
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly xpos?: string;
  readonly head: number;
  readonly deprel: string;
  readonly misc: string;
}

/** Writes one sentence in CoNLL-U, with `# sent_id` and `# text` comments. */
export function formatConllu(id: string, text: string, words: readonly ConlluOutWord[]): string {
  const clean = (s: string): string => (s === "" ? "_" : s.replace(/[\t\n\r]/g, " "));
  const out = [`# sent_id = ${id}`, `# text = ${text.replace(/[\r\n]+/g, " ")}`];
  words.forEach((w, k) => {
    out.push([String(k + 1), clean(w.form), clean(w.lemma), clean(w.upos), clean(w.xpos ?? ""), "_", String(w.head), clean(w.deprel), "_", clean(w.misc)].join("\t"));
  });
  return `${out.join("\n")}\n\n`;
}
