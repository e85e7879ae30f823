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
import type { ActorMention, Sentence, Syntax, Token } from "../doc.ts";
import type { Stage } from "../stage.ts";
import { bySentence } from "../events/by-sentence.ts";

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

interface View {
  readonly syntax: Syntax;
  readonly tokens: readonly Token[];
  readonly s: Sentence;
  readonly mentions: readonly ActorMention[];
  readonly children: (i: number) => readonly number[];
}

const rel = (v: View, i: number): string => v.syntax.deprels[i] ?? "dep";
const lemma = (v: View, i: number): string => v.tokens[i]?.lemma.toLowerCase() ?? "";
const caseOf = (v: View, i: number): string[] => v.children(i).filter((k) => rel(v, k) === "case").map((k) => v.tokens[k]!.lower);

/** the mentions covering token i, else those of its phrase reached through compounds, names and appositions */
function phraseMentions(v: View, i: number, depth = 0): ActorMention[] {
  const own = v.mentions.filter((m) => m.tokenStart <= i && m.tokenEnd > i);
  if (own.length || depth > 2) return own;
  return v.children(i).filter((k) => INNER.has(rel(v, k)) || rel(v, k) === "amod" || rel(v, k) === "conj").flatMap((k) => phraseMentions(v, k, depth + 1));
}

/** an actor inside the document's own phrase: "the council's resolution", "a UN resolution", "a statement from X" */
function ownIssuer(v: View, doc: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const k of v.children(doc)) {
    const r = rel(v, k);
    if (INNER.has(r) || (r === "nmod" && caseOf(v, k).some((c) => OWNER_CASES.has(c)))) out.push(...phraseMentions(v, k));
  }
  return out;
}

/** the issuer this sentence tells of for the document noun `doc`, if any */
function toldIssuer(v: View, doc: number): ActorMention[] {
  const own = ownIssuer(v, doc);
  if (own.length) return own;
  const up = v.syntax.heads[doc] ?? -1;
  if (up < 0) return [];
  const r = rel(v, doc);
  const subject = (verb: number) => v.children(verb).filter((k) => rel(v, k) === "nsubj").flatMap((k) => phraseMentions(v, k));
  if (ISSUING.has(lemma(v, up))) {
    if (r === "obj") return subject(up);
    if (r === "nsubj:pass") {
      const agent = v.children(up).filter((k) => rel(v, k) === "obl:agent" || (rel(v, k) === "obl" && caseOf(v, k).includes("by")));
      return agent.flatMap((k) => phraseMentions(v, k));
    }
  }
  // "a resolution adopted by the assembly": the participle hangs from the document
  for (const k of v.children(doc)) {
    if (rel(v, k) !== "acl" || !ISSUING.has(lemma(v, k))) continue;
    const agent = v.children(k).filter((a) => rel(v, a) === "obl:agent" || (rel(v, a) === "obl" && caseOf(v, a).includes("by")));
    const found = agent.flatMap((a) => phraseMentions(v, a));
    if (found.length) return found;
  }
  // "voted in favour of a resolution", "voted for the resolution"
  const cases = caseOf(v, doc);
  if (r === "obl" && lemma(v, up) === "vote" && cases.includes("for")) return subject(up);
  if ((r === "nmod" || r === "obl") && cases.includes("of") && (lemma(v, up) === "favour" || lemma(v, up) === "favor")) {
    const verb = v.syntax.heads[up] ?? -1;
    if (verb >= 0 && lemma(v, verb) === "vote") return subject(verb);
  }
  return [];
}

/** a document noun that is the subject of a verb and is covered by no mention: "The resolution calls for…" */
function speakingDocument(v: View, i: number): boolean {
  if (!DOCUMENTS.has(lemma(v, i)) || v.syntax.upos[i] !== "NOUN" || !rel(v, i).startsWith("nsubj")) return false;
  // a passive subject ("the resolution was adopted") is acted on; one with no passive auxiliary is the parser's slip
  const verb = v.syntax.heads[i] ?? -1;
  // ("The resolution is non-binding" says nothing the issuer does)
  if (verb < 0 || v.syntax.upos[verb] !== "VERB") return false;
  if (rel(v, i) === "nsubj:pass" && verb >= 0 && v.children(verb).some((k) => rel(v, k) === "aux:pass")) return false;
  if (v.mentions.some((m) => m.tokenStart <= i && m.tokenEnd > i)) return false;
  const det = v.children(i).filter((k) => rel(v, k) === "det").map((k) => v.tokens[k]!.lower);
  return det.includes("the") || det.includes("this");
}

export const issuerStage: Stage = {
  name: "issuer",
  reads: ["sentences", "tokens", "syntax", "mentions"],
  adds: ["mentions"],
  run(doc) {
    const syntax = doc.syntax;
    const tokens = doc.tokens ?? [];
    if (!syntax) return doc;
    const kids: number[][] = Array.from({ length: tokens.length }, () => []);
    for (let i = 0; i < tokens.length; i++) {
      const h = syntax.heads[i] ?? -1;
      if (h >= 0) kids[h]!.push(i);
    }
    const mentionsIn = bySentence(doc.mentions ?? []);
    const issuers = new Map<string, Issuer>();
    const added: ActorMention[] = [];
    const text = doc.article.text;
    for (const s of doc.sentences ?? []) {
      const v: View = { syntax, tokens, s, mentions: mentionsIn(s.index), children: (i) => kids[i] ?? [] };
      const told: [string, Issuer][] = [];
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const word = lemma(v, i);
        if (!DOCUMENTS.has(word) || syntax.upos[i] !== "NOUN") continue;
        if (speakingDocument(v, i)) {
          const known = issuers.get(word);
          if (known && s.index - known.sentence <= REACH) {
            const from = Math.min(i, ...v.children(i).filter((k) => k < i && /^(det|amod|compound)$/.test(rel(v, k))));
            const start = tokens[from]!.start, end = tokens[i]!.end;
            const seen = new Set<string>();
            for (const m of known.mentions) {
              if (seen.has(m.key)) continue;
              seen.add(m.key);
              added.push({
                ...m, via: "issuer", sentence: s.index, tokenStart: from, tokenEnd: i + 1, start, end, text: text.slice(start, end),
                antecedent: { start: m.start, end: m.end, text: m.text },
              });
            }
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
