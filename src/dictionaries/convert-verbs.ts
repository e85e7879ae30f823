/**
 * PETRARCH verb blocks as our VerbPattern objects (src/events/pattern.ts). Our patterns start at a word and run
 * forward, with gaps and no actor slots, so each PETRARCH pattern becomes: the verb (all its forms, with any words
 * joined to it by `_` before it), then the later words; slots and `^` become gaps, spaces between words a short
 * gap, `_` nothing. Words before the verb become `before` (checked before the head), and what the slots say
 * becomes the pattern's role fields: `passive` (`+ * … $`), `targetFirst` (`+ *`), `soloCode` (`% *`),
 * `targetSkips` (`^ +`). The code of the reverse event of `[042:043]` rides along for the PETRARCH rules (coder.ts).
 */
import type { PatternElement, PatternFlag, VerbPattern } from "../events/pattern.ts";
import type { PatItem, PatLine } from "./pattern-text.ts";
import { patItems } from "./pattern-text.ts";
import type { PetrVerb, PetrVerbBlock } from "./verbs.ts";
import { verbForms } from "./inflect.ts";

export interface DictPattern extends VerbPattern {
  /** "FILE:LINE" of the pattern (or verb) line */
  readonly origin: string;
  /**
   * `[042:043]`: the code of the event the target does to the source. `code` is then "042:043" so that the
   * event carries both through our stage; applyPetrarchRules (coder.ts) splits it into the two events.
   */
  readonly reverse?: string;
  /** the side of the verb the `$` / `+` slot is on, where the pattern has one */
  readonly sourceSide?: "before" | "after";
  readonly targetSide?: "before" | "after";
  /** some word before the verb is outside `{…}`: UniversalPetrarch does not use such a pattern (index.ts) */
  readonly plainBefore?: boolean;
}

/** words a space lets come between two pattern words before the verb */
const BEFORE_GAP = 12;
const USABLE_CODE = /^(\d{2,4}[A-Za-z]?|---|###)$/;

/** words a space lets come between two pattern words, and an actor slot may span */
const WORD_GAP = 6;
const SLOT_GAP = 8;
const MAX_VARIANTS = 12;
const REPORTING = new Set(["say", "said", "tell", "told", "state", "add", "report", "announce", "note", "claim", "comment"]);

type Elem =
  | { kind: "word"; words: Set<string>; adjacent: boolean; np?: boolean }
  | { kind: "verb"; adjacent: boolean }
  | { kind: "slot"; slot: "source" | "target" | "compound" | "skip"; adjacent: boolean };

/** Resolves synonym sets into word alternatives; a multi-word member yields its own variant of the pattern. */
function expand(items: readonly PatItem[], synsets: ReadonlyMap<string, readonly string[]>, problems: string[], depth = 0): Elem[][] {
  let variants: Elem[][] = [[]];
  for (const item of items) {
    if (item.kind === "word") variants.forEach((v) => v.push({ kind: "word", words: new Set([item.word]), adjacent: item.adjacent, np: !!item.np }));
    else if (item.kind === "verb") variants.forEach((v) => v.push({ kind: "verb", adjacent: item.adjacent }));
    else if (item.kind !== "syn") variants.forEach((v) => v.push({ kind: "slot", slot: item.kind as "source" | "target" | "compound" | "skip", adjacent: item.adjacent }));
    else {
      const members = synsets.get(item.name);
      if (!members || depth > 4) {
        problems.push(`synonym set &${item.name} is not defined`);
        return [];
      }
      const single = new Set<string>();
      const multi: Elem[][] = [];
      for (const m of members) {
        if (/^[A-Za-z'-]+_?$/.test(m)) {
          single.add(m.replace(/_$/, "").toLowerCase());
          continue;
        }
        const sub = expand(patItems(m), synsets, problems, depth + 1);
        for (const s of sub) {
          const only = s[0];
          if (s.length === 1 && only?.kind === "word") only.words.forEach((w) => single.add(w));
          else if (s.length) multi.push(s);
        }
      }
      const next: Elem[][] = [];
      for (const v of variants) {
        if (single.size) next.push([...v, { kind: "word", words: single, adjacent: item.adjacent, np: !!item.np }]);
        for (const m of multi) next.push([...v, ...m.map((e, i) => ({ ...e, ...(i === 0 ? { adjacent: item.adjacent } : {}), ...(item.np && e.kind === "word" ? { np: true } : {}) }))]);
      }
      variants = next.slice(0, MAX_VARIANTS);
    }
  }
  return variants;
}

const FORMS = new WeakMap<PetrVerb, Set<string>>();
/** every form of the inflected word of a verb, computed once per verb */
function formsOf(verb: PetrVerb): Set<string> {
  let forms = FORMS.get(verb);
  if (!forms) FORMS.set(verb, (forms = new Set([...verbForms(verb.words[verb.verbAt]!), ...verb.forms])));
  return forms;
}

const HEADS = new WeakMap<ReadonlySet<string>, readonly string[]>();
/** one heads array per word set, so the lexicon can index all patterns of a verb at once */
function headsOf(words: ReadonlySet<string>): readonly string[] {
  let heads = HEADS.get(words);
  if (!heads) HEADS.set(words, (heads = [...words]));
  return heads;
}

/** One VerbPattern from an expanded element list and a verb, or null when nothing can be matched. */
function build(elems: readonly Elem[], verb: PetrVerb, code: string, origin: string, line: PatLine | null, solo?: string): DictPattern | null {
  const forms = formsOf(verb);
  const flat: Elem[] = [];
  for (const e of elems) {
    if (e.kind !== "verb") { flat.push(e); continue; }
    verb.words.forEach((w, i) => flat.push({ kind: "word", words: i === verb.verbAt ? forms : new Set([w]), adjacent: i === 0 ? e.adjacent : true }));
  }
  const verbAt = flat.findIndex((e) => e.kind === "word" && e.words === forms);
  // the pattern starts at the verb, or at the words joined to it by "_" ("FAILED_TO_*"); earlier words are
  // checked before the head ("- NEITHER * [081]")
  let start = verbAt;
  while (start > 0 && flat[start]!.adjacent && flat[start - 1]!.kind === "word") start--;
  const slotSide = (slot: string) => {
    const i = flat.findIndex((e) => e.kind === "slot" && (e.slot === slot || e.slot === "compound"));
    return i < 0 ? undefined : i < verbAt ? ("before" as const) : ("after" as const);
  };
  const elements: PatternElement[] = [];
  for (let i = start; i < flat.length; i++) {
    const e = flat[i]!;
    const gap = e.kind === "slot" ? (e.slot === "skip" ? WORD_GAP : SLOT_GAP) : i > start && !e.adjacent ? WORD_GAP : 0;
    if (gap) {
      const last = elements.at(-1);
      if (last?.kind === "gap") elements[elements.length - 1] = { kind: "gap", max: last.max + gap };
      else if (elements.length) elements.push({ kind: "gap", max: gap });
    }
    if (e.kind === "word") elements.push({ kind: "word", words: e.words, optional: false });
  }
  while (elements.at(-1)?.kind === "gap") elements.pop();
  const first = elements[0];
  if (!first || first.kind !== "word") return null;
  const sourceSide = slotSide("source");
  const targetSide = slotSide("target");
  const flags = new Set<PatternFlag>();
  // a null code ("---") claims its words without coding; as "weak" it never hides a sentence's real event
  if (!/^\d{2}/.test(code)) flags.add("weak");
  // a bare reporting verb ("X said") must not hide the event it reports, which our stage would drop as subordinate
  if (elements.length === 1 && [...first.words].some((w) => REPORTING.has(w))) flags.add("say");
  if (flat.some((e) => e.kind === "slot" && e.slot === "compound")) flags.add("recip");
  if (targetSide === "before" && sourceSide === "after") flags.add("passive");
  const compoundSubject = flat.some((e, i) => i < verbAt && e.kind === "slot" && e.slot === "compound");
  const targetFirst = targetSide === "before" && sourceSide === undefined && !flags.has("recip");
  const before = beforeElements(flat.slice(0, start));
  const plainBefore = flat.slice(0, verbAt).some((e) => e.kind === "word" && !e.np);
  const targetSkips = skipsBeforeTarget(flat, verbAt);
  const required = elements.filter((e) => e.kind === "word").length + before.filter((e) => e.kind === "word").length;
  const source = line ? `- ${line.items.map(itemText).join(" ")} [${code}]` : verb.words.join(" ");
  return {
    code, source, heads: headsOf(first.words), elements, flags, origin,
    // a compound-subject pattern outranks the bare verb it falls back to
    specificity: required * 10 + elements.length + (compoundSubject ? 1 : 0),
    ...(line?.reverse ? { reverse: line.reverse } : {}),
    ...(sourceSide ? { sourceSide } : {}), ...(targetSide ? { targetSide } : {}),
    ...(before.length ? { before } : {}),
    ...(targetSkips ? { targetSkips } : {}),
    ...(compoundSubject && solo ? { soloCode: solo } : {}),
    ...(targetFirst ? { targetFirst } : {}),
    ...(plainBefore ? { plainBefore } : {}),
  };
}

/** the words before the verb as elements: words joined by "_" stay adjacent ("DEATH_TOTAL"), others may have words between */
function beforeElements(elems: readonly Elem[]): PatternElement[] {
  const out: PatternElement[] = [];
  for (const e of elems) {
    if (e.kind !== "word") continue;
    if (out.length && !e.adjacent) out.push({ kind: "gap", max: BEFORE_GAP });
    out.push({ kind: "word", words: e.words, optional: false });
  }
  return out;
}

/** "^" right before the "+" slot after the verb: that many phrases come between the matched words and the target */
function skipsBeforeTarget(flat: readonly Elem[], verbAt: number): number {
  const plus = flat.findIndex((e, i) => i > verbAt && e.kind === "slot" && e.slot === "target");
  let n = 0;
  for (let i = plus - 1; plus > 0 && i > verbAt; i--) {
    const e = flat[i]!;
    if (e.kind !== "slot" || e.slot !== "skip") break;
    n++;
  }
  return n;
}

function itemText(i: PatItem): string {
  const sym = { verb: "*", source: "$", target: "+", compound: "%", skip: "^" } as const;
  const t = i.kind === "word" ? i.word : i.kind === "syn" ? `&${i.name}` : sym[i.kind];
  return i.adjacent ? `_${t}` : t;
}

/**
 * The verbs of a block as the matcher sees them: one-word verbs share a single verb (the union of their forms),
 * so a pattern is built once for all of them; multi-word verbs ("go by") stay apart.
 */
function verbGroups(block: PetrVerbBlock): PetrVerb[] {
  const single = block.verbs.filter((v) => v.words.length === 1);
  const groups: PetrVerb[] = block.verbs.filter((v) => v.words.length > 1);
  if (single.length) {
    const forms = single.flatMap((v) => [...verbForms(v.words[0]!), ...v.forms]);
    groups.unshift({ words: [single[0]!.words[0]!], verbAt: 0, forms });
  }
  return groups;
}

/** Every pattern of a verb block, for every verb of the block, plus each verb alone with its own or the block's code. */
export function blockPatterns(
  block: PetrVerbBlock, file: string, synsets: ReadonlyMap<string, readonly string[]>, problems: string[],
): DictPattern[] {
  const out: DictPattern[] = [];
  for (const verb of block.verbs) {
    const code = verb.code ?? block.code;
    const [first = code, reverse] = code.split(":");
    const line: PatLine = { items: [{ kind: "verb", adjacent: false }], code: first, ...(reverse ? { reverse } : {}) };
    const bare = build([{ kind: "verb", adjacent: false }], verb, code, `${file}:${block.line}`, line);
    if (bare) out.push(bare);
  }
  // a pattern whose code is neither a code, "---" (code nothing) nor "###" (discard) is left out, so the verb's
  // own code applies where it would have matched, as PETRARCH does
  const usable = block.patterns.filter((p) => USABLE_CODE.test(p.code) && (p.reverse === undefined || USABLE_CODE.test(p.reverse)));
  for (const p of block.patterns) {
    if (!usable.includes(p)) problems.push(`${file}:${p.line}: code [${p.code}${p.reverse ? `:${p.reverse}` : ""}] is not an event code, "---" or "###"; pattern left out`);
  }
  verbGroups(block).forEach((verb, v) => {
    for (const p of usable) {
      const found: string[] = [];
      for (const elems of expand(p.items, synsets, found)) {
        const built = build(elems, verb, p.reverse ? `${p.code}:${p.reverse}` : p.code, `${file}:${p.line}`, p, verb.code ?? block.code);
        if (built) out.push(built);
      }
      if (v === 0) for (const f of new Set(found)) problems.push(`${file}:${p.line}: ${f}`);
    }
  });
  return out;
}
