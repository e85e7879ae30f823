/**
 * The day a statement about a ceasefire is about. With a tree, a date counts only when it attaches to the
 * statement's own predicate or to a verb above it ("left Moscow on Thursday without signing": Thursday dates the
 * refusal; "the truce announced last week remained in force": last week dates the announcement, not the truce
 * being in force now); without one, the date nearest the status word. Else the event's date, else null (the
 * caller reads null as the publication date).
 */
import type { Sentence } from "../doc.ts";
import type { CodedDate } from "../types.ts";
import { bySentence } from "../events/by-sentence.ts";
import type { SignalHit } from "./signals.ts";
import { head, tokenAt, type Tree } from "./tree.ts";

/** The nearest verb at or above token `i` (a truce noun or a preposition is read through its verb). */
function verbOf(t: Tree, i: number): number {
  for (let k = i, steps = 0; k >= t.start && steps < 4; k = head(t, k), steps++) {
    if (t.syntax.upos[k] === "VERB") return k;
  }
  return -1;
}

/** True when verb `v` is `p` or governs it within two clause arcs. */
function governs(t: Tree, v: number, p: number): boolean {
  for (let k = p, steps = 0; k >= t.start && steps < 3; k = head(t, k), steps++) if (k === v) return true;
  return false;
}

/** A function from a signal to the day its statement is about, or null. */
export function statementTime(
  sentences: readonly Sentence[], dates: readonly CodedDate[], treeFor: (s: Sentence) => Tree | null,
): (hit: SignalHit) => string | null {
  const inSentence = bySentence(dates);
  const byIndex = new Map(sentences.map((s) => [s.index, s] as const));
  return (hit) => {
    const here = inSentence(hit.sentence);
    const s = byIndex.get(hit.sentence);
    const tree = s ? treeFor(s) : null;
    if (!tree) {
      const near = [...here].sort((a, b) => Math.abs(a.start - hit.at) - Math.abs(b.start - hit.at))[0];
      return near?.date ?? hit.event?.date ?? null;
    }
    const p = verbOf(tree, tokenAt(tree, hit.at));
    const attached = p < 0 ? undefined : here.find((d) => {
      const v = verbOf(tree, tokenAt(tree, d.start));
      return v >= 0 && governs(tree, v, p);
    });
    return attached?.date ?? hit.event?.date ?? null;
  };
}
