/**
 * `npm run bench`: coder throughput and peak memory over the shared bench corpus, next to the floor of the same
 * run — wink-nlp's own sentence split + POS tagging of the same articles — so the ratio is machine-independent.
 * Prints one JSON line. Options: --limit N (default 2000), --corpus PATH.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { createCoder } from "../src/index.ts";
import { benchRecords } from "./corpus.ts";

const records = benchRecords();

// (the pipe the coder runs, src/language/wink.ts: sentence breaks and parts of speech, nothing else)
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
function floor(block: readonly typeof records[number][]): number {
  const t0 = performance.now();
  let n = 0;
  for (const r of block) {
    const doc = nlp.readDoc(r.text);
    doc.sentences().each(() => n++);
    doc.tokens().out(its.pos);
  }
  return performance.now() - t0;
}

const coder = createCoder();
let events = 0;
let failed = 0;
function coding(block: readonly typeof records[number][]): number {
  const t0 = performance.now();
  for (const r of block) {
    const res = coder.code({ id: r.id, text: r.text, date: r.date || null, title: r.title ?? null });
    if (res.ok) events += res.value.events.length;
    else failed++;
  }
  return performance.now() - t0;
}

// warm both paths up on a few articles, then time them block by block, alternating, so that a slower or faster
// stretch of a shared machine falls on both alike
for (const r of records.slice(0, 30)) { nlp.readDoc(r.text).tokens().out(its.pos); coder.code({ id: r.id, text: r.text }); }
let floorMs = 0;
let codeMs = 0;
for (let i = 0; i < records.length; i += 100) {
  const block = records.slice(i, i + 100);
  floorMs += floor(block);
  codeMs += coding(block);
}
const words = records.reduce((n, r) => n + r.text.split(/\s+/).length, 0);
const result = {
  articles: records.length,
  mean_words: Math.round(words / records.length),
  coder_articles_per_s: Math.round((records.length / codeMs) * 1000),
  floor_articles_per_s: Math.round((records.length / floorMs) * 1000),
  ratio_to_floor: Math.round((codeMs / floorMs) * 100) / 100,
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  events,
  failed_records: failed,
};
console.log(JSON.stringify(result));
