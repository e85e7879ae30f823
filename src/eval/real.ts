/**
 * `parley eval-real`: codes each annotated real article and judges the output against our annotation
 * (real-match.ts for events, real-facts.ts for facts). The figures are those of the issue's table: event
 * precision (correct), correct or partly, recall of annotated events, facts found and refusals coded as the act.
 */
import type { Coder } from "../coder.ts";
import type { ArticleAnnotation, FactKind } from "./real-annotations.ts";
import { spanMapper } from "./real-align.ts";
import type { CorpusRecord } from "./real-corpus.ts";
import { factFound } from "./real-facts.ts";
import { addCounts, EMPTY_COUNTS, matchEvents, type EventCounts } from "./real-match.ts";

export interface ArticleJudgement extends EventCounts {
  readonly id: string;
  readonly facts: number;
  readonly factsFound: number;
  /** the kinds of the facts found and missed */
  readonly factKinds: readonly { readonly kind: FactKind; readonly found: boolean }[];
  /** per CAMEO root: annotated events and those found, coded events and those correct */
  readonly roots: Readonly<Record<string, RootCounts>>;
}

export interface RootCounts {
  readonly annotated: number;
  readonly found: number;
  readonly coded: number;
  readonly correct: number;
}

export interface RealFigures {
  readonly articles: number;
  readonly events_coded: number;
  readonly events_annotated: number;
  /** coded events that match an annotated event (same sentence, root and source) */
  readonly correct: number;
  readonly correct_or_partly: number;
  /** coded events in sentences where we annotated no event */
  readonly outside: number;
  /** annotated events found */
  readonly recall: number;
  readonly facts: number;
  readonly facts_found: number;
  /** per kind of fact: how many were annotated and the share found */
  readonly facts_by_kind: Readonly<Partial<Record<FactKind, { readonly facts: number; readonly found: number }>>>;
  /** per CAMEO root (two digits): annotated events, those found, coded events, those correct */
  readonly events_by_root: readonly (RootCounts & { readonly root: string })[];
  readonly refusals: number;
  readonly refusals_coded_as_act: number;
  /** correct events whose negation is wrong */
  readonly polarity_wrong: number;
  /** of annotated events with a date (or a country), the share found with that date (or that location country) */
  readonly date_right: number;
  readonly country_right: number;
}

export interface RealEvaluation {
  readonly figures: RealFigures;
  readonly articles: readonly ArticleJudgement[];
  /** annotated articles that could not be judged: not in the corpus, not coded, or text that cannot be aligned */
  readonly failed: readonly { readonly id: string; readonly message: string }[];
}

const share = (n: number, d: number): number => (d === 0 ? 0 : n / d);

export function evaluateReal(coder: Coder, annotations: readonly ArticleAnnotation[], corpus: ReadonlyMap<string, CorpusRecord>): RealEvaluation {
  const articles: ArticleJudgement[] = [];
  const failed: { id: string; message: string }[] = [];
  for (const ann of annotations) {
    const rec = corpus.get(ann.id);
    if (!rec) {
      failed.push({ id: ann.id, message: "not in the corpus" });
      continue;
    }
    const coded = coder.code({ id: rec.id, text: rec.text, date: rec.date, title: rec.title, source: rec.source });
    if (!coded.ok) {
      failed.push({ id: ann.id, message: `${coded.error.code}: ${coded.error.message}` });
      continue;
    }
    const map = spanMapper(rec.text, coded.value.article.text);
    if (!map.ok) {
      failed.push({ id: ann.id, message: map.error.message });
      continue;
    }
    const events = ann.events.map((e) => ({ ...e, sentence: map.value(e.sentence) }));
    const facts = ann.facts.map((f) => ({ ...f, sentence: map.value(f.sentence) }));
    const factKinds = facts.map((f) => ({ kind: f.kind, found: factFound(f, coded.value) }));
    const roots: Record<string, RootCounts> = {};
    for (const root of new Set([...events, ...coded.value.events].map((e) => e.cameo.slice(0, 2)))) {
      const m = matchEvents(events.filter((e) => e.cameo.startsWith(root)), coded.value.events.filter((e) => e.cameo.startsWith(root)));
      roots[root] = { annotated: m.annotated, found: m.found, coded: m.coded, correct: m.correct };
    }
    articles.push({
      id: ann.id, ...matchEvents(events, coded.value.events),
      facts: facts.length, factsFound: factKinds.filter((f) => f.found).length, factKinds, roots,
    });
  }
  const t = articles.reduce<EventCounts>((sum, a) => addCounts(sum, a), EMPTY_COUNTS);
  const facts = articles.reduce((n, a) => n + a.facts, 0);
  const factsFound = articles.reduce((n, a) => n + a.factsFound, 0);
  const kinds: Partial<Record<FactKind, { facts: number; found: number }>> = {};
  for (const { kind, found } of articles.flatMap((a) => a.factKinds)) {
    const k = (kinds[kind] ??= { facts: 0, found: 0 });
    k.facts++;
    if (found) k.found++;
  }
  for (const k of Object.values(kinds)) k.found = share(k.found, k.facts);
  const byRoot: Record<string, RootCounts> = {};
  for (const a of articles) {
    for (const [root, c] of Object.entries(a.roots)) {
      const sum = byRoot[root] ?? { annotated: 0, found: 0, coded: 0, correct: 0 };
      byRoot[root] = { annotated: sum.annotated + c.annotated, found: sum.found + c.found, coded: sum.coded + c.coded, correct: sum.correct + c.correct };
    }
  }
  const events_by_root = Object.entries(byRoot).sort(([a], [b]) => a.localeCompare(b)).map(([root, c]) => ({ root, ...c }));
  return {
    articles, failed,
    figures: {
      articles: articles.length, events_coded: t.coded, events_annotated: t.annotated,
      correct: share(t.correct, t.coded), correct_or_partly: share(t.correct + t.partly, t.coded), outside: share(t.outside, t.coded),
      recall: share(t.found, t.annotated), facts, facts_found: share(factsFound, facts), facts_by_kind: kinds, events_by_root,
      refusals: t.refusals, refusals_coded_as_act: t.refusalsAsAct, polarity_wrong: t.polarityWrong,
      date_right: share(t.datesRight, t.datesAnnotated), country_right: share(t.countriesRight, t.countriesAnnotated),
    },
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function formatRealFigures(f: RealFigures): string {
  return [
    `real articles: ${f.articles} annotated articles, ${f.events_coded} events coded, ${f.events_annotated} annotated`,
    `  events correct ${pct(f.correct)}  correct or partly ${pct(f.correct_or_partly)}  annotated events found ${pct(f.recall)}`,
    `  coded events in sentences with no annotated event ${pct(f.outside)}`,
    `  facts found ${pct(f.facts_found)} of ${f.facts}  refusals coded as the act ${f.refusals_coded_as_act} of ${f.refusals}`,
    `  facts found by kind: ${Object.entries(f.facts_by_kind).map(([k, v]) => `${k} ${pct(v.found)} of ${v.facts}`).join(", ")}`,
    `  by CAMEO root, found of annotated and correct of coded: ${f.events_by_root.map((c) => `${c.root} ${c.found}/${c.annotated} ${c.correct}/${c.coded}`).join(", ")}`,
    `  correct events with the wrong negation ${f.polarity_wrong}  dates right ${pct(f.date_right)}  countries right ${pct(f.country_right)}`,
  ].join("\n");
}
