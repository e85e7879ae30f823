/**
 * Is a trigger in a subordinate position — an infinitive or purpose clause ("to demand"), a participle ("…,
 * killing eight"), a relative clause ("who vowed"), a conditional or time clause ("if he gave")? A sentence's
 * main event is usually not; subordinate triggers are coded only when the sentence has no main one.
 */
import type { Token } from "../doc.ts";

const SUBORDINATORS = new Set(["if", "unless", "until", "before", "after", "when", "whenever", "because", "since", "although", "though", "whether", "once", "lest"]);
const RELATIVES = new Set(["who", "which", "whom", "whose", "that", "where"]);
const CLAUSE_BREAK = new Set([",", ";", ":", "(", ")", "—", "–", "\"", "“", "”"]);
const ADVERBS = new Set(["also", "not", "never", "further", "fully", "immediately", "again", "swiftly", "jointly", "urgently", "quickly", "effectively", "formally", "finally"]);

export function isSubordinate(tokens: readonly Token[], head: number, sentenceStart: number): boolean {
  const t = tokens[head]!;
  let k = head - 1;
  while (k >= sentenceStart && ADVERBS.has(tokens[k]!.lower)) k--;
  const prev = tokens[k];
  if (prev?.lower === "to" && (t.pos === "VERB" || t.pos === "AUX")) return true;
  if (t.lower.endsWith("ing") && t.pos === "VERB" && prev && (CLAUSE_BREAK.has(prev.text) || prev.pos === "NOUN" || prev.pos === "PROPN")) return true;
  // a participle right after a noun, once the sentence has had a verb: "a member of Hamas jailed last year"
  // (not with an object pronoun after it, nor after "and NAME": "…and Gondor asked him")
  const finite = tokens[head + 1]?.pos === "PRON" || /^(and|but)$/.test(tokens[k - 1]?.lower ?? "");
  if (t.pos === "VERB" && /ed$/.test(t.lower) && prev && (prev.pos === "NOUN" || prev.pos === "PROPN") && !finite) {
    for (let j = k - 1; j >= sentenceStart; j--) if (tokens[j]!.pos === "VERB") return true;
  }
  // walk back to the start of the clause looking for a subordinator or relative pronoun
  for (let j = head - 1; j >= sentenceStart; j--) {
    const w = tokens[j]!;
    // the clause starts after punctuation (", who …" is caught before the comma is reached)
    if (CLAUSE_BREAK.has(w.text)) return false;
    // another predicate before us: a relative or conditional clause further back belongs to it
    if (w.pos === "VERB") return false;
    if (SUBORDINATORS.has(w.lower)) return true;
    if (RELATIVES.has(w.lower) && w.lower !== "that") return true;
    if (w.lower === "that" && j > sentenceStart && tokens[j - 1]!.pos === "NOUN") return true;
  }
  return false;
}
