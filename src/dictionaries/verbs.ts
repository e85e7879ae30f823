/**
 * PETRARCH verb dictionaries: synonym sets (`&NAME` then `+MEMBER` lines) and verb blocks
 * (`--- NAME [CODE] ---`, then verb lines `SAY {SAYS SAID}` / `+GO_BY {+WENT_BY}` / `EXPRESS [0110]`, then
 * pattern lines `- * TO ATTEND [082]`, see pattern-text.ts). Every pattern of a block applies to all its verbs.
 */
import { dictLines, phraseWords, where } from "./lines.ts";
import type { Parsed } from "./actors.ts";
import { parsePatLine, type PatLine } from "./pattern-text.ts";

export interface PetrVerb {
  /** the verb's words, lower case ("go", "by") */
  readonly words: readonly string[];
  /** index in `words` of the inflected word (marked `+` in multi-word verbs) */
  readonly verbAt: number;
  /** irregular forms of the inflected word given in `{…}` */
  readonly forms: readonly string[];
  /** the verb's own code, overriding the block's */
  readonly code?: string;
}

export interface PetrVerbBlock {
  readonly name: string;
  readonly code: string;
  readonly line: number;
  readonly verbs: PetrVerb[];
  readonly patterns: (PatLine & { readonly line: number })[];
}

export interface PetrVerbFile {
  readonly blocks: PetrVerbBlock[];
  /** synonym sets: NAME → member phrases as written (may name other sets: "&TIETYPES") */
  readonly synsets: Map<string, string[]>;
  readonly problems: string[];
}

function parseVerbLine(t: string): PetrVerb | string {
  // "WORD {FORMS} [CODE]", the two parts in either order
  const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?$/.exec(t) ??
    /^([^{[]+?)\s*(?:\[([^\]]*)\])\s*(?:\{([^}]*)\})$/.exec(t)?.map((x, i, a) => (i === 2 ? a[3] : i === 3 ? a[2] : x));
  if (!m) return `expected a verb "WORD {FORMS} [CODE]", found "${t}"`;
  const pieces = m[1]!.trim().split(/[_\s]+/).filter(Boolean);
  let verbAt = pieces.findIndex((p) => p.startsWith("+"));
  if (verbAt < 0) verbAt = 0;
  const words = pieces.map((p) => p.replace(/^\+/, "").toLowerCase()).filter(Boolean);
  if (!words.length) return `verb line "${t}" has no words`;
  // irregular forms of a multi-word verb are written whole ("+WENT_BY"): keep the marked word of each
  const forms = (m[2] ?? "").split(/\s+/).filter(Boolean).map((f) => {
    const ws = f.split("_").filter(Boolean);
    const marked = ws.find((w) => w.startsWith("+")) ?? ws[Math.min(verbAt, ws.length - 1)] ?? f;
    return marked.replace(/^\+/, "").toLowerCase();
  });
  const code = m[3]?.trim();
  return { words, verbAt: Math.min(verbAt, words.length - 1), forms, ...(code ? { code } : {}) };
}

/**
 * @example
 * parseVerbs("v.txt", "--- MEET [036] ---\nMEET {MET}\n- * WITH + [036]\n").blocks[0]?.patterns.length // 1
 */
export function parseVerbs(file: string, text: string): PetrVerbFile {
  const out: PetrVerbFile = { blocks: [], synsets: new Map(), problems: [] };
  let block: PetrVerbBlock | null = null;
  let synset: string[] | null = null;
  for (const { line, text: t } of dictLines(text)) {
    const header = /^---\s*([^[\]]+?)\s*(?:\[([^\]]*)\])?\s*(?:\[[^\]]*\]\s*)*(?:---)?$/.exec(t);
    if (header) {
      // a header without its closing "---" is accepted; one without a code opens a block that codes nothing
      if (header[2] === undefined) out.problems.push(where(file, line, `verb block header "${t}" has no [CODE]; its verbs code nothing`));
      block = { name: header[1]!.replace(/_+$/, ""), code: (header[2] ?? "---").trim(), line, verbs: [], patterns: [] };
      out.blocks.push(block);
      synset = null;
      continue;
    }
    if (t.startsWith("&")) {
      const name = t.slice(1).trim().toUpperCase().replace(/_+$/, "");
      if (!/^[A-Z0-9_-]+$/.test(name)) out.problems.push(where(file, line, `synonym set name "${t}" is not &WORD`));
      synset = [];
      out.synsets.set(name, synset);
      continue;
    }
    if (synset && t.startsWith("+")) {
      const member = t.slice(1).replace(/[()]/g, " ").trim();
      if (member) synset.push(member);
      else out.problems.push(where(file, line, "empty synonym"));
      continue;
    }
    synset = null;
    if (!block) {
      out.problems.push(where(file, line, `"${t}" is outside any verb block or synonym set`));
      continue;
    }
    if (t.startsWith("-")) {
      const p = parsePatLine(t);
      if (p.ok) block.patterns.push({ ...p.value, line });
      else out.problems.push(where(file, line, p.error.message));
      continue;
    }
    const verb = parseVerbLine(t);
    if (typeof verb === "string") out.problems.push(where(file, line, verb));
    else block.verbs.push(verb);
  }
  for (const b of out.blocks) {
    if (!b.verbs.length) {
      // "--- ARM_ [182] ---" with no verb line: the name is the verb
      b.verbs.push({ words: phraseWords(b.name), verbAt: 0, forms: [] });
    }
  }
  return out;
}
