/**
 * A document speaks for whoever issued it: "The UN Security Council has passed a resolution … The resolution calls
 * for a pause" is the council's call. For each document noun ("the resolution", "the statement", "the final
 * communique") that is the subject of a verb and names no actor itself, this stage adds a mention at the noun's own
 * words with the identity of the document's issuer, found earlier in the article (at most ten sentences back):
 *
 * - the subject of a verb by which a body makes a text its own ("passed a resolution", "issued a statement",
 *   "signed a declaration"), or the agent of its passive ("a resolution adopted by the General Assembly");
 * - whoever voted for it ("voted in favour of a resolution");
 * - an actor inside the document's own phrase: its holder ("the council's resolution"), a name compounded into
 *   it ("a UN resolution") or a "by"/"from"/"of" phrase ("a statement from the ministry").
 *
 * Those who drafted, introduced or sponsored a text ("a resolution introduced by Malta") are not its issuer: the body
 * that adopted it is. The latest issuer of a document word wins. The mentions come via "issuer", their antecedent
 * the issuer's mention.
 */
import type { ActorMention, Token } from "../doc.ts";
import type { Stage } from "../stage.ts";
import { bySentence } from "../events/by-sentence.ts";
import { treeOf, type Tree } from "../events/tree.ts";

/** nouns of issued texts, which can say, call for or condemn as their issuer does */
export const DOCUMENTS = new Set([
  "resolution", "statement", "communique", "communiqué", "declaration", "decree", "report", "letter", "draft",
  "memorandum", "proposal", "plan", "bill", "motion", "ruling", "directive", "document", "text",
]);

/** verbs by which a body makes a text its own: their subject (or passive agent) is its issuer */
const ISSUING = new Set(["adopt", "pass", "approve", "issue", "release", "publish", "unveil", "endorse", "present", "sign", "announce"]);

/** how many sentences back an issuer is remembered */
const REACH = 10;

/** relations inside a noun phrase through which an actor named in it is the phrase's holder or issuer */
const INNER = new Set(["nmod:poss", "compound", "flat", "appos"]);
const OWNER_CASES = new Set(["by", "from", "of"]);

interface Issuer {
  readonly sentence: number;
  readonly mentions: readonly ActorMention[];
}

/** The tree of the article and the mentions of the sentence being read. */
interface View {
  readonly tree: Tree;
  readonly tokens: readonly Token[];
  readonly mentions: readonly ActorMention[];
}

const caseOf = (v: View, i: number): string[] => v.tree.dependents(i, "case").map((k) => v.tokens[k]!.lower);

/** the mentions covering token i, else those of its phrase reached through compounds, names and appositions */
function phraseMentions(v: View, i: number, depth = 0): ActorMention[] {
  const own = v.mentions.filter((m) => m.tokenStart <= i && m.tokenEnd > i);
  if (own.length || depth > 2) return own;
  return v.tree.children(i).filter((k) => INNER.has(v.tree.deprel(k)) || v.tree.deprel(k) === "amod" || v.tree.deprel(k) === "conj")
    .flatMap((k) => phraseMentions(v, k, depth + 1));
}

/** the actors of a verb's passive agent ("adopted by the assembly") */
function agentsOf(v: View, verb: number): ActorMention[] {
  return v.tree.children(verb).filter((k) => v.tree.deprel(k) === "obl:agent" || (v.tree.deprel(k) === "obl" && caseOf(v, k).includes("by")))
    .flatMap((k) => phraseMentions(v, k));
}

/** the actors of a verb's active subject */
const subjectOf = (v: View, verb: number): ActorMention[] =>
  v.tree.children(verb).filter((k) => v.tree.deprel(k) === "nsubj").flatMap((k) => phraseMentions(v, k));

/** an actor inside the document's own phrase: "the council's resolution", "a UN resolution", "a statement from X" */
function ownIssuer(v: View, doc: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const k of v.tree.children(doc)) {
    const r = v.tree.deprel(k);
    if (INNER.has(r) || (r === "nmod" && caseOf(v, k).some((c) => OWNER_CASES.has(c)))) out.push(...phraseMentions(v, k));
  }
  return out;
}

/** the issuer this sentence tells of for the document noun `doc`, if any */
function toldIssuer(v: View, doc: number): ActorMention[] {
  const { tree } = v;
  const own = ownIssuer(v, doc);
  if (own.length) return own;
  const up = tree.head(doc);
  if (up < 0) return [];
  const r = tree.deprel(doc);
  if (ISSUING.has(tree.lemma(up))) {
    if (r === "obj") return subjectOf(v, up);
    if (r === "nsubj:pass") return agentsOf(v, up);
  }
  // "a resolution adopted by the assembly": the participle hangs from the document
  for (const k of tree.children(doc)) {
    if (tree.deprel(k) !== "acl" || !ISSUING.has(tree.lemma(k))) continue;
    const found = agentsOf(v, k);
    if (found.length) return found;
  }
  // "voted in favour of a resolution", "voted for the resolution"
  const cases = caseOf(v, doc);
  if (r === "obl" && tree.lemma(up) === "vote" && cases.includes("for")) return subjectOf(v, up);
  if ((r === "nmod" || r === "obl") && cases.includes("of") && (tree.lemma(up) === "favour" || tree.lemma(up) === "favor")) {
    const verb = tree.head(up);
    if (verb >= 0 && tree.lemma(verb) === "vote") return subjectOf(v, verb);
  }
  return [];
}

/** a document noun that is the subject of a verb and is covered by no mention: "The resolution calls for…" */
function speakingDocument(v: View, i: number): boolean {
  const { tree } = v;
  if (!DOCUMENTS.has(tree.lemma(i)) || tree.upos(i) !== "NOUN" || !tree.deprel(i).startsWith("nsubj")) return false;
  // ("The resolution is non-binding" says nothing the issuer does)
  const verb = tree.head(i);
  if (verb < 0 || tree.upos(verb) !== "VERB") return false;
  // a passive subject ("the resolution was adopted") is acted on; one with no passive auxiliary is the parser's slip
  if (tree.deprel(i) === "nsubj:pass" && tree.children(verb).some((k) => tree.deprel(k) === "aux:pass")) return false;
  if (v.mentions.some((m) => m.tokenStart <= i && m.tokenEnd > i)) return false;
  const det = tree.dependents(i, "det").map((k) => v.tokens[k]!.lower);
  return det.includes("the") || det.includes("this");
}

/** "it" as the subject of a verb, covered by no mention */
function speakingPronoun(v: View, i: number): boolean {
  const { tree } = v;
  if (v.tokens[i]!.lower !== "it" || tree.deprel(i) !== "nsubj") return false;
  const verb = tree.head(i);
  return verb >= 0 && tree.upos(verb) === "VERB" && !v.mentions.some((m) => m.tokenStart <= i && m.tokenEnd > i);
}

export const issuerStage: Stage = {
  name: "issuer",
  reads: ["sentences", "tokens", "syntax", "mentions"],
  adds: ["mentions"],
  run(doc) {
    const tokens = doc.tokens ?? [];
    if (!doc.syntax) return doc;
    const tree = treeOf(doc.syntax, tokens);
    const mentionsIn = bySentence(doc.mentions ?? []);
    const issuers = new Map<string, Issuer>();
    const added: ActorMention[] = [];
    const text = doc.article.text;
    /** the issuer of the document the last sentence's subject was ("The resolution demanded … It also asked …") */
    let speaking: { sentence: number; issuer: Issuer } | null = null;
    const speakFor = (issuer: Issuer, sentence: number, from: number, to: number) => {
      const start = tokens[from]!.start, end = tokens[to - 1]!.end;
      const seen = new Set<string>();
      for (const m of issuer.mentions) {
        if (seen.has(m.key)) continue;
        seen.add(m.key);
        added.push({
          ...m, via: "issuer", sentence, tokenStart: from, tokenEnd: to, start, end, text: text.slice(start, end),
          antecedent: { start: m.start, end: m.end, text: m.text },
        });
      }
    };
    for (const s of doc.sentences ?? []) {
      const v: View = { tree, tokens, mentions: mentionsIn(s.index) };
      const told: [string, Issuer][] = [];
      const last: Issuer | null = speaking !== null && s.index - speaking.sentence === 1 ? speaking.issuer : null;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const word = tree.lemma(i);
        // "It also asked for…" right after a sentence whose subject was a document that spoke for its issuer
        if (last && speakingPronoun(v, i)) {
          speakFor(last, s.index, i, i + 1);
          speaking = { sentence: s.index, issuer: last };
          continue;
        }
        if (!DOCUMENTS.has(word) || tree.upos(i) !== "NOUN") continue;
        if (speakingDocument(v, i)) {
          const known = issuers.get(word);
          if (known && s.index - known.sentence <= REACH) {
            const from = Math.min(i, ...tree.children(i).filter((k) => k < i && /^(det|amod|compound)$/.test(tree.deprel(k))));
            speakFor(known, s.index, from, i + 1);
            speaking = { sentence: s.index, issuer: known };
          }
          continue;
        }
        const found = toldIssuer(v, i);
        if (found.length) told.push([word, { sentence: s.index, mentions: found }]);
      }
      for (const [word, issuer] of told) issuers.set(word, issuer);
    }
    if (!added.length) return doc;
    return { ...doc, mentions: [...(doc.mentions ?? []), ...added].sort((a, b) => a.start - b.start || a.end - b.end) };
  },
};
