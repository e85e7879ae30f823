/**
 * "Clashes erupted in the city", "Talks collapsed on Friday": with no finite verb in the sentence, a greedy
 * tagger reads the verb after a sentence's first noun as a participle (VBN, as in a caption: "Pictures taken in
 * 2010"), and the parser then makes the noun the root and the verb a reduced relative (`acl`). A news sentence is
 * a clause: where the parse is such a fragment and the participle's form is also a past tense (regular "-ed"
 * forms and "held", "fought", "shot"…, not "taken", "shown", "done"), it is read again as a past tense.
 */
import type { Tagged } from "./tagger.ts";

const FINITE = new Set(["VBD", "VBZ", "VBP", "MD"]);
const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);

export interface TreeParse {
  readonly heads: readonly number[];
  readonly deprels: readonly string[];
}

/** the word to read again as a past tense, or -1 where the parse is not such a fragment */
export function fragmentParticiple(forms: readonly string[], tags: Tagged, tree: TreeParse): number {
  if (tags.xpos.some((x) => FINITE.has(x))) return -1;
  const root = tree.heads.indexOf(-1);
  if (root < 0 || !NOMINAL.has(tags.upos[root] ?? "")) return -1;
  const k = root + 1;
  if (tree.heads[k] !== root || tree.deprels[k] !== "acl" || tags.xpos[k] !== "VBN") return -1;
  // (a participle that is only a participle: "taken", "shown", "begun", "done", "gone", "been")
  const form = (forms[k] ?? "").toLowerCase();
  if (/(n|ne)$/.test(form)) return -1;
  // (nothing hangs from it as an auxiliary: "Talks being held" is no clause)
  for (let j = 0; j < tree.heads.length; j++) if (tree.heads[j] === k && /^aux/.test(tree.deprels[j] ?? "")) return -1;
  return k;
}

/** the tags with the word at `k` a past tense */
export function asPastTense(tags: Tagged, k: number): Tagged {
  const xpos = [...tags.xpos];
  xpos[k] = "VBD";
  return { upos: tags.upos, xpos };
}
