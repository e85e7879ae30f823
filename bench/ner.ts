/**
 * The entity tagger's cost: load time of data/model/ner.bin with its word classes (must stay under 1 s), the
 * resident memory the first load adds, and throughput of recognise()
 * over the UNER English-EWT dev and test sentences (../shared/treebanks), per second of this process's CPU time,
 * with the dictionary hints and without them (hints precomputed). Tags come from data/model/tagger.bin when it is
 * there (else every tag is "X", said in the output). Prints one JSON line.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadKnowledgeBase } from "../src/actors/kb/index.ts";
import { loadGazetteer } from "../src/places/gazetteer.ts";
import { nerHints } from "../src/syntax/ner-hints.ts";
import { loadNer, MODEL_DIR, recognise } from "../src/syntax/ner.ts";
import { SparseModel } from "../src/syntax/sparse-model.ts";
import { tag } from "../src/syntax/tagger.ts";
import { TREEBANKS } from "../src/syntax/treebank.ts";
import { parseIob2 } from "../src/syntax/uner.ts";

if (!existsSync(TREEBANKS)) {
  console.error(`bench: ${TREEBANKS} not found (the shared folder is only present in CI and on the team's machines); skipping`);
  process.exit(0);
}
const loads: number[] = [];
const rss0 = process.memoryUsage().rss;
let model = loadNer();
const rssAddedMb = Math.round((process.memoryUsage().rss - rss0) / 1e5) / 10;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  model = loadNer();
  loads.push(performance.now() - t0);
}
if (!model.ok) throw new Error(model.error.message);
const ner = model.value;
const taggerPath = join(MODEL_DIR, "tagger.bin");
const tagger = existsSync(taggerPath) ? SparseModel.fromBytes(new Uint8Array(readFileSync(taggerPath)), taggerPath) : null;
const sources = { kb: loadKnowledgeBase(), gazetteer: loadGazetteer() };
const sentences = ["dev", "test"].flatMap((split) => {
  const r = parseIob2(readFileSync(join(TREEBANKS, `uner_en_ewt-${split}.iob2`), "utf8"));
  if (!r.ok) throw new Error(r.error.message);
  return r.value.map((s) => {
    const upos = tagger?.ok ? tag(tagger.value, s.forms).upos : s.forms.map(() => "X");
    return { forms: s.forms, upos, hints: nerHints(s.forms, sources) };
  });
});
const tokens = sentences.reduce((n, s) => n + s.forms.length, 0);

/** tokens per CPU second of `run` over every sentence, best of three rounds after a warm-up */
function rate(run: (s: (typeof sentences)[number]) => void): number {
  for (const s of sentences) run(s);
  let best = 0;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    for (const s of sentences) run(s);
    const c = process.cpuUsage(c0);
    best = Math.max(best, tokens / ((c.user + c.system) / 1e6));
  }
  return Math.round(best);
}

const withHints = rate((s) => recognise(ner, s.forms, s.upos, nerHints(s.forms, sources)));
const alone = rate((s) => recognise(ner, s.forms, s.upos, s.hints));
loads.sort((a, b) => a - b);
console.log(JSON.stringify({
  bench: "ner", tokens, tags: tagger?.ok ? "tagger.bin" : "placeholder X",
  loadMs: Math.round((loads[2] ?? 0) * 10) / 10, rssAddedMb, beam: ner.beam, tokensPerCpuSecond: { recogniseWithHints: withHints, recognise: alone },
}));
