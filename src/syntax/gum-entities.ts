/**
 * Named entities from GUM's `Entity=` annotation (MISC column). GUM marks every mention, named or not, in bracket
 * notation: `(ID-TYPE-infstat-salience-centering-minspan-link[-identity]` opens a mention on a word, `ID)` closes
 * one, `(ID-...)` is a one-word mention; mentions nest. Universal NER tags only names, so a mention becomes a
 * named-entity span when its head word (the one whose head lies outside the mention) is a PROPN, and the span is
 * trimmed to the name as UNER marks it: the run of proper nouns and capitalised words around the head, with "of", "and", "the", "&", "'s"
 * and hyphens kept only between two of them, and a leading title ("Dr.", "President") dropped. So "the United
 * States" → "United States", "Dr. William Glennie" → "William Glennie", "the school of Dr. Glennie" → no span of its
 * own. Of nested named spans the outermost wins ("Aberdeen Grammar School", not "Aberdeen"). person → PER,
 * organization → ORG, place → LOC; the other GUM types are not names UNER tags.
 */
import type { ConlluSentence, ConlluWord } from "./conllu.ts";
import type { EntitySpan, EntityType } from "./ner-spans.ts";
import { TITLES } from "./ner-titles.ts";

const TYPE_OF: Readonly<Record<string, EntityType>> = { person: "PER", organization: "ORG", place: "LOC" };

/** Words kept inside a name only when proper nouns stand on both sides ("Bank of America", "Trinidad and Tobago"). */
const JOINERS = new Set(["of", "and", "the", "&", "'s", "’s", "-", "de", "du", "von", "van", "der", "for", "on", "upon"]);


export interface GumMention {
  /** the entity's id: mentions of one document with the same id corefer */
  readonly id: string;
  /** 0-based word range in the sentence, end exclusive */
  readonly start: number;
  readonly end: number;
  readonly etype: string;
  /** the Wikipedia identity, "" when GUM gives none */
  readonly identity: string;
}

interface Open {
  readonly id: string;
  readonly start: number;
  readonly etype: string;
  readonly identity: string;
}

/** The `Entity=` value of a MISC column, or "". */
function entityField(misc: string): string {
  for (const part of misc.split("|")) if (part.startsWith("Entity=")) return part.slice(7);
  return "";
}

/** Reads an opening bracket's fields: id, type, 5 more, then the identity (which may itself contain "-"). */
function opening(body: string, start: number): Open {
  const fields = body.split("-");
  return { id: fields[0] ?? "", start, etype: fields[1] ?? "", identity: fields.slice(7).join("-") };
}

/** Every mention of one sentence; a mention left open at the sentence's end is dropped. */
export function gumMentions(words: readonly ConlluWord[]): GumMention[] {
  const open: Open[] = [];
  const out: GumMention[] = [];
  words.forEach((w, i) => {
    const field = entityField(w.misc);
    let at = 0;
    while (at < field.length) {
      if (field[at] === "(") {
        let end = at + 1;
        while (end < field.length && field[end] !== "(" && field[end] !== ")") end++;
        const m = opening(field.slice(at + 1, end), i);
        if (field[end] === ")") {
          out.push({ id: m.id, start: i, end: i + 1, etype: m.etype, identity: m.identity });
          end++;
        } else open.push(m);
        at = end;
      } else {
        const close = /^(\d+)\)/.exec(field.slice(at));
        if (!close) { at++; continue; }
        const id = close[1] as string;
        const k = open.map((o) => o.id).lastIndexOf(id);
        if (k >= 0) {
          const m = open[k] as Open;
          open.splice(k, 1);
          out.push({ id: m.id, start: m.start, end: i + 1, etype: m.etype, identity: m.identity });
        }
        at += close[0].length;
      }
    }
  });
  return out;
}

/** The word of `[start, end)` whose head lies outside it (the first such), or -1. */
function headOf(words: readonly ConlluWord[], start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const h = (words[i] as ConlluWord).head - 1;
    if (h < start || h >= end) return i;
  }
  return -1;
}

/**
 * A word that can be part of a name: a proper noun, or a capitalised word of another class, since UD English tags
 * the words of a name by their own class ("New/ADJ York/PROPN", "United/VERB States/PROPN").
 */
const NAME_CLASSES = new Set(["ADJ", "VERB", "NOUN", "NUM", "X", "ADV"]);
const isName = (w: ConlluWord | undefined): boolean =>
  w !== undefined && (w.upos === "PROPN" || (/^\p{Lu}/u.test(w.form) && NAME_CLASSES.has(w.upos)));
const isJoiner = (w: ConlluWord | undefined): boolean => w !== undefined && JOINERS.has(w.form.toLowerCase());

/** The name inside a mention, or null when the mention is not a name. */
export function trimToName(words: readonly ConlluWord[], m: GumMention): { start: number; end: number } | null {
  const h = headOf(words, m.start, m.end);
  if (h < 0 || words[h]?.upos !== "PROPN") return null;
  let start = h, end = h + 1;
  for (;;) {
    if (start > m.start && isName(words[start - 1])) start--;
    else if (start - 1 > m.start && isJoiner(words[start - 1]) && isName(words[start - 2])) start -= 2;
    else break;
  }
  for (;;) {
    if (end < m.end && isName(words[end])) end++;
    else if (end + 1 < m.end && isJoiner(words[end]) && isName(words[end + 1])) end += 2;
    else break;
  }
  while (start < end && (TITLES.has((words[start] as ConlluWord).form.toLowerCase()) || isJoiner(words[start]))) start++;
  return start < end ? { start, end } : null;
}

/** The named-entity spans of one GUM sentence, outermost first wins, in text order. */
export function gumEntitySpans(sentence: ConlluSentence): EntitySpan[] {
  const named: (EntitySpan & { outer: number })[] = [];
  for (const m of gumMentions(sentence.words)) {
    const type = TYPE_OF[m.etype];
    if (!type) continue;
    const name = trimToName(sentence.words, m);
    // a plural person mention names a group ("Americans", "the Democrats"), which UNER leaves untagged
    if (name && type === "PER" && /Number=Plur/.test(sentence.words[name.end - 1]?.feats ?? "")) continue;
    if (name) named.push({ ...name, type, outer: m.end - m.start });
  }
  named.sort((a, b) => b.outer - a.outer || a.start - b.start);
  const taken = new Uint8Array(sentence.words.length);
  const out: EntitySpan[] = [];
  for (const s of named) {
    let free = true;
    for (let i = s.start; i < s.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, s.start, s.end);
    out.push({ start: s.start, end: s.end, type: s.type });
  }
  return out.sort((a, b) => a.start - b.start);
}
