/**
 * Negation and modality of a trigger from the words just before it: "did not sign" (negated), "refused to
 * discuss" (negated), "plans to attack" (intended), "could strike" (hypothetical), "called for" (requested).
 */
import type { Token } from "../doc.ts";
import type { Modality } from "../types.ts";
import type { VerbPattern } from "./pattern.ts";

const NEGATORS = new Set(["not", "n't", "never", "no", "without", "neither", "nor"]);
const REFUSALS = new Set(["refuse", "refused", "decline", "declined", "fail", "failed", "reject", "rejected", "unable", "avoid", "avoided"]);
const INTENT = new Set(["will", "would", "shall", "plan", "planned", "plans", "intend", "intends", "intended", "pledge", "pledged", "vow", "vowed", "promise", "promised", "expected", "set", "due", "going", "ready", "willing", "prepared", "prepare", "agree", "agreed", "offer", "offered", "want", "wants", "wanted", "seek", "seeks", "sought", "aim", "aims"]);
const HYPOTHETICAL = new Set(["could", "might", "may", "if", "unless", "should", "possible", "possibly", "threaten", "threatened", "threatens"]);
const REQUEST = new Set(["urge", "urged", "urges", "urging", "call", "called", "calls", "calling", "ask", "asked", "asks", "asking", "demand", "demanded", "demands", "demanding", "appeal", "appealed", "appealing", "press", "pressed", "pressing", "request", "requested", "requesting"]);
const THREATS = new Set(["threat", "threats", "threaten", "threatened", "threatens", "threatening", "vow", "vowed", "vows"]);
const REPORT = new Set(["alleged", "allegedly", "reportedly", "claimed", "purportedly"]);

export interface Mood {
  readonly negated: boolean;
  readonly modality: Modality;
  /** the act is threatened, not done: "a threat to boycott", "threatened to strike" */
  readonly threatened: boolean;
  /** "X said Y must withdraw": the act is what someone reported demands of its subject (the tree's reading) */
  readonly obliged?: boolean;
  /** the obligation is advice ("should", "ought to"): an appeal, where "must" is a demand */
  readonly advised?: boolean;
  /** the act is refused, not just undone: "refused to withdraw", "will not halt the war" (the tree's reading) */
  readonly refused?: boolean;
  /** the act did not happen and is told as what would have been: "a text that would have condemned" (the tree's reading) */
  readonly counterfactual?: boolean;
}

/** Looks back from the head over at most `window` tokens, stopping at clause punctuation. */
export function moodOf(tokens: readonly Token[], head: number, sentenceStart: number, p: VerbPattern, window = 7): Mood {
  let negated = false;
  let threatened = false;
  // the families of appeals and demands (02, 10), intentions (03) and threats (13) carry their mood in the code
  const root = p.code.slice(0, 2);
  let modality: Modality = p.flags.has("request") || root === "02" || root === "10" ? "requested"
    : p.flags.has("intent") || root === "03" ? "intended"
    : p.flags.has("hypo") || root === "13" ? "hypothetical" : "asserted";
  const own = new Set([...p.heads]);
  // a pattern that names its own negation ("- NEITHER * [081]") carries it in its code
  const words = [...(p.before ?? []), ...p.elements].flatMap((e) => (e.kind === "word" ? [e.words] : []));
  const negatedByPattern = words.some((set) => [...set].some((w) => NEGATORS.has(w)));
  for (let k = head - 1; k >= Math.max(sentenceStart, head - window); k--) {
    const t = tokens[k]!;
    if (/^[,;:.()"“”]$/.test(t.text)) break;
    if (NEGATORS.has(t.lower) && k >= head - 3 && !negatedByPattern) negated = true;
    if (THREATS.has(t.lower) && tokens[k + 1]?.lower === "to" && !own.has(t.lower)) threatened = true;
    if (REFUSALS.has(t.lower) && !own.has(t.lower) && tokens[k + 1]?.lower === "to") negated = true;
    if (modality === "asserted") {
      if (REQUEST.has(t.lower)) modality = "requested";
      else if (HYPOTHETICAL.has(t.lower)) modality = "hypothetical";
      else if (INTENT.has(t.lower)) modality = "intended";
      else if (REPORT.has(t.lower)) modality = "reported";
    }
  }
  return { negated, modality, threatened };
}
