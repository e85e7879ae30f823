/**
 * The PETRARCH coding rules our pipeline does not know, applied to a coded article: one event per source and
 * target, paired codes ("032:033") as two events, discard phrases (a story discard drops every event, a sentence
 * discard the events of its sentence) and `require_dyad` (an event needs both a source and a target, PETRARCH's
 * default).
 */
import type { Coder } from "../coder.ts";
import type { ActorRef, ArticleInput, CodedArticle, CodedEvent, Result } from "../types.ts";
import { discardsIn, type PetrDiscard } from "./discards.ts";

export interface PetrarchRules {
  readonly discards: readonly PetrDiscard[];
  /** default true, as in PETRARCH's configuration */
  readonly requireDyad?: boolean;
  /**
   * An actor coded with alternatives (`[ELR/GAL]`): "split" codes an event per alternative (PETRARCH 2, the
   * default), "whole" keeps the one code (UniversalPetrarch).
   */
  readonly alternatives?: "split" | "whole";
}

/** Pure: the article with the events PETRARCH would not code removed. */
export function applyPetrarchRules(article: CodedArticle, rules: PetrarchRules): CodedArticle {
  const text = article.article.text;
  const { story, sentence } = byReach(rules.discards);
  if (discardsIn(text, story).length) return { ...article, events: [] };
  const split = (rules.alternatives ?? "split") === "split";
  const discarded = new Map<string, boolean>(); // per sentence text
  const events = article.events.flatMap((e) => splitEvent(e, split)).filter((e) => {
    if ((rules.requireDyad ?? true) && (!e.source.length || !e.target.length)) return false;
    if (!sentence.length) return true;
    const s = sentenceText(text, e.span);
    let hit = discarded.get(s);
    if (hit === undefined) discarded.set(s, (hit = discardsIn(s, sentence).length > 0));
    return !hit;
  });
  return { ...article, events };
}

/** story and sentence discards, split once per list */
const REACH = new WeakMap<readonly PetrDiscard[], { story: PetrDiscard[]; sentence: PetrDiscard[] }>();
function byReach(discards: readonly PetrDiscard[]): { story: PetrDiscard[]; sentence: PetrDiscard[] } {
  let r = REACH.get(discards);
  if (!r) REACH.set(discards, (r = { story: discards.filter((d) => d.story), sentence: discards.filter((d) => !d.story) }));
  return r;
}

/**
 * PETRARCH codes one event per source and target actor ("A and B welcomed C" is A→C and B→C), and a paired
 * code "032:033" as the event and its reverse (B→A 033); with a compound subject and no object, as the events
 * of each pair of the subject's members. Pure.
 */
export function splitEvent(e: CodedEvent, alternatives = true): CodedEvent[] {
  const [code = e.cameo, reverse] = e.cameo.split(":");
  const each = (actors: readonly ActorRef[]): ActorRef[][] => {
    const one = alternatives ? actors.flatMap((a) => a.code.split("/").map((code) => ({ ...a, code }))) : actors;
    return one.length ? one.map((a) => [a]) : [[]];
  };
  const sources = each(e.source);
  const targets = each(e.target);
  const out: CodedEvent[] = [];
  if (reverse && sources.length > 1 && !e.target.length) {
    // a paired code with a compound subject and no object is reciprocal: "Gondor and Osgiliath renewed ties"
    // is Gondor→Osgiliath and Osgiliath→Gondor
    sources.forEach((a, i) => sources.slice(i + 1).forEach((b) => {
      out.push({ ...e, id: out.length ? `${e.id}.${out.length}` : e.id, cameo: code, source: a, target: b });
      out.push({ ...e, id: `${e.id}.${out.length}r`, cameo: reverse, source: b, target: a });
    }));
    return out;
  }
  for (const source of sources) {
    for (const target of targets) {
      const n = out.length;
      out.push({ ...e, id: n ? `${e.id}.${n}` : e.id, cameo: code, source, target });
      if (reverse && source.length && target.length) out.push({ ...e, id: `${e.id}.${n + 1}r`, cameo: reverse, source: target, target: source });
    }
  }
  return out;
}

/** the sentence around a span: from the previous sentence end to the next one */
function sentenceText(text: string, span: readonly [number, number]): string {
  const before = text.slice(0, span[0]);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1;
  const rest = text.slice(span[1]).search(/\.(\s|$)/);
  return text.slice(start, rest === -1 ? text.length : span[1] + rest);
}

/** A Coder that applies the PETRARCH rules after the pipeline. */
export function withPetrarchRules(coder: Coder, rules: PetrarchRules): Coder {
  return {
    context: coder.context,
    code(input: ArticleInput): Result<CodedArticle> {
      const r = coder.code(input);
      return r.ok ? { ok: true, value: applyPetrarchRules(r.value, rules) } : r;
    },
  };
}
