/**
 * Beam decoding of the entity tagger (src/syntax/ner-beam.ts): a width of 1 is the greedy decoder, a wider beam
 * finds a sequence at least as good by the model's own score, and every decoded sequence is one the scheme allows.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadKnowledgeBase } from "../../src/actors/kb/index.ts";
import { loadGazetteer } from "../../src/places/gazetteer.ts";
import { beamDecode, type NerScorer } from "../../src/syntax/ner-beam.ts";
import { nerFeatures, nerLabelFeatures, nerTokenFeatures, nerValues, NER_FEATURES, type NerValues } from "../../src/syntax/ner-features.ts";
import type { NerScheme } from "../../src/syntax/ner-scheme.ts";
import { nerHints } from "../../src/syntax/ner-hints.ts";
import { loadNer, nerModel, recognise, type NerModel } from "../../src/syntax/ner.ts";

const shipped = loadNer();
const sources = { kb: loadKnowledgeBase(), gazetteer: loadGazetteer() };
/** sentences of our own as form/UPOS pairs */
const SENTENCES = [
  "Envoys/NOUN of/ADP the/DET African/PROPN Union/PROPN met/VERB Abdel/PROPN Fattah/PROPN al-Burhan/PROPN in/ADP Port/PROPN Sudan/PROPN ./PUNCT",
  "The/DET Houthis/PROPN said/VERB the/DET strike/NOUN hit/VERB Hodeidah/PROPN port/NOUN on/ADP Sunday/PROPN ./PUNCT",
  "Mediators/NOUN from/ADP Qatar/PROPN and/CCONJ Egypt/PROPN pressed/VERB Hamas/PROPN and/CCONJ Israel/PROPN to/PART accept/VERB the/DET truce/NOUN ./PUNCT",
  "ukrainian/ADJ officials/NOUN told/VERB reuters/PROPN that/SCONJ kharkiv/PROPN was/AUX shelled/VERB again/ADV",
];
const parsed = SENTENCES.map((s) => s.split(" ").map((p) => p.split("/") as [string, string]));

function values(m: NerModel, pairs: [string, string][]): NerValues {
  const forms = pairs.map((p) => p[0]);
  return nerValues(forms, pairs.map((p) => p[1]), nerHints(forms, sources), undefined, m.classes);
}

/** The model's score of a label sequence: the sum of each label's score under its own history. */
function scoreOf(m: NerModel, v: NerValues, seq: readonly number[]): number {
  const feats = new Uint32Array(NER_FEATURES);
  const scores = new Float64Array(m.weights.classes);
  let p1 = 0xffff, p2 = 0xffff, total = 0;
  seq.forEach((c, i) => {
    m.weights.score(feats, nerFeatures(v, i, p1, p2, feats), scores);
    total += scores[c] as number;
    p2 = p1;
    p1 = c;
  });
  return total;
}

/** Every label sequence of length `n` the scheme allows. */
function allSequences(m: NerModel, n: number): number[][] {
  let out: number[][] = [[]];
  for (let i = 0; i < n; i++) {
    out = out.flatMap((seq) => Array.from({ length: m.weights.classes }, (_, c) => c)
      .filter((c) => m.scheme.allowed(seq.length ? (seq.at(-1) as number) : -1, c)).map((c) => [...seq, c]));
  }
  return out;
}

const SHORT: [string, string][][] = [
  "Haftar/PROPN visited/VERB Cairo/PROPN ./PUNCT",
  "UN/PROPN envoy/NOUN Hans/PROPN Grundberg/PROPN",
  "talks/NOUN resumed/VERB in/ADP Geneva/PROPN",
].map((s) => s.split(" ").map((p) => p.split("/") as [string, string]));

for (const pairs of SHORT) {
  test(`NER beam: a beam wide enough for every sequence finds the best-scoring one, "${pairs.map((p) => p[0]).join(" ")}"`, () => {
    assert.ok(shipped.ok);
    const m = shipped.value;
    const v = values(m, pairs);
    const all = allSequences(m, pairs.length);
    const best = Math.max(...all.map((seq) => scoreOf(m, v, seq)));
    const got = Array.from(beamDecode(m.weights, m.scheme, v, all.length));
    assert.ok(Math.abs(scoreOf(m, v, got) - best) < 1e-9, `beam ${scoreOf(m, v, got)}, best ${best}`);
  });
}

for (const [k, pairs] of parsed.entries()) {
  test(`NER beam: the shipped width gives only sequences the scheme allows, sentence ${k + 1}`, () => {
    assert.ok(shipped.ok);
    const seq = beamDecode(shipped.value.weights, shipped.value.scheme, values(shipped.value, pairs), shipped.value.beam);
    seq.forEach((c, i) => assert.ok(shipped.value.scheme.allowed(i === 0 ? -1 : (seq[i - 1] as number), c), `label ${c} after ${seq[i - 1]}`));
  });
}

for (const [k, pairs] of parsed.entries()) {
  test(`NER beam: width 1 decodes as the greedy tagger, sentence ${k + 1}`, () => {
    assert.ok(shipped.ok);
    const greedy = nerModel(shipped.value.weights, "greedy", shipped.value.classes, 1);
    assert.ok(greedy.ok);
    const v = values(shipped.value, pairs);
    const forms = pairs.map((p) => p[0]);
    const viaBeam = shipped.value.scheme.toSpans(beamDecode(shipped.value.weights, shipped.value.scheme, v, 1));
    const viaGreedy = recognise(greedy.value, forms, pairs.map((p) => p[1]), nerHints(forms, sources));
    // recognise also trims titles from person names; none of these sentences has one
    assert.deepEqual(viaBeam, viaGreedy);
  });
}

/**
 * The beam as first written (an object per hypothesis, all candidates stably sorted and cut to the width): the
 * allocation-free beam must keep the same hypotheses in the same order, ties included.
 */
function referenceBeam(scorer: NerScorer, scheme: NerScheme, v: NerValues, width: number): number[] {
  interface Hyp { readonly score: number; readonly cls: number; readonly prev: Hyp | null; readonly p2: number }
  const feats = new Uint32Array(NER_FEATURES);
  const base = scorer.scoreBuffer();
  const scores = scorer.scoreBuffer();
  let beam: Hyp[] = [{ score: 0, cls: 0xffff, prev: null, p2: 0xffff }];
  for (let i = 0; i < v.n; i++) {
    scorer.score(feats, nerTokenFeatures(v, i, feats), base);
    const next: Hyp[] = [];
    for (const h of beam) {
      scorer.score(feats, nerLabelFeatures(v, i, h.cls, h.p2, feats), scores);
      for (let c = 0; c < scorer.classes; c++) {
        if (scheme.allowed(h.cls === 0xffff ? -1 : h.cls, c)) next.push({ score: h.score + (base[c] as number) + (scores[c] as number), cls: c, prev: h, p2: h.cls });
      }
    }
    next.sort((a, b) => b.score - a.score);
    beam = next.slice(0, width);
  }
  const out: number[] = [];
  for (let h: Hyp | null = beam[0] ?? null; h && h.prev; h = h.prev) out.unshift(h.cls);
  return out;
}

/** A scorer with few distinct scores (every feature's hash mod 3), so that ties between hypotheses are common. */
const tieScorer: NerScorer<Float64Array> = {
  classes: 7,
  scoreBuffer: () => new Float64Array(7),
  score(feats, n, out) {
    out.fill(0);
    for (let k = 0; k < n; k++) out[(feats[k] as number) % 7] = ((out[(feats[k] as number) % 7] as number) + ((feats[k] as number) % 3)) % 4;
  },
};

for (const width of [1, 2, 4, 9]) {
  test(`NER beam: keeps the same best sequence as the sort-based beam it replaced, width ${width}, shipped weights and a scorer full of ties`, () => {
    assert.ok(shipped.ok);
    const m = shipped.value;
    for (const pairs of [...parsed, ...SHORT]) {
      const v = values(m, pairs);
      assert.deepEqual(Array.from(beamDecode(m.weights, m.scheme, v, width)), referenceBeam(m.weights, m.scheme, v, width));
      assert.deepEqual(Array.from(beamDecode(tieScorer, m.scheme, v, width)), referenceBeam(tieScorer, m.scheme, v, width));
    }
  });
}
