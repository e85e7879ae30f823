/**
 * `npm run bench` (part): what parsing costs. Over the shared bench corpus, in alternating blocks of one run:
 * wink-nlp's split + POS (the floor), the coder with the syntax stage, the coder without it, and the syntax stage
 * alone (tagging, parsing and entities of already split text, in tokens per second); plus the load time and
 * resident memory the syntax weights add, measured in a fresh child process. Prints one JSON line.
 * Options: --limit N (default 2000), --corpus PATH, --cpu (time by this process's CPU time instead of the wall
 * clock: steadier on a machine shared with other work, where the wall clock also counts time given to others).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { createCoder } from "../src/index.ts";
import { analyse } from "../src/language/analyse.ts";
import { syntaxOf } from "../src/syntax/stage.ts";
import { benchRecords } from "./corpus.ts";

const args = process.argv.slice(2);
if (args[0] === "--load-child") {
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const { loadSyntaxModels } = await import("../src/syntax/models.ts");
  const r = loadSyntaxModels();
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ok: r.ok, load_ms: Math.round(ms), rss_added_mb: Math.round((process.memoryUsage().rss - before) / 1e6) }));
  process.exit(0);
}
const records = benchRecords(args);
const clock = args.includes("--cpu")
  ? (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }
  : (): number => performance.now();

// (the pipe the coder runs, src/language/wink.ts: sentence breaks and parts of speech, nothing else)
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
const withSyntax = createCoder();
const without = createCoder({ resources: { syntax: null } });
if (!withSyntax.context.syntax) {
  console.error("bench: data/model/ has no syntax weights (npm run train:parse); skipping");
  process.exit(0);
}
type Rec = (typeof records)[number];
const time = (block: readonly Rec[], f: (r: Rec) => void): number => {
  const t0 = clock();
  for (const r of block) f(r);
  return clock() - t0;
};
let floorTokens = 0;
const floor = (r: Rec): void => { floorTokens += nlp.readDoc(r.text).tokens().out(its.pos).length; };
const models = withSyntax.context.syntax;
const hints = { kb: withSyntax.context.kb, gazetteer: withSyntax.context.gazetteer };
let syntaxTokens = 0;
const syntaxAlone = (block: readonly Rec[]): number => {
  const split = block.map((r) => ({ text: r.text, ...analyse(r.text) }));
  const t0 = clock();
  for (const a of split) syntaxOf(a.text, a.tokens, a.sentences, models, hints);
  const ms = clock() - t0;
  for (const a of split) syntaxTokens += a.tokens.length;
  return ms;
};
const code = (c: typeof withSyntax) => (r: Rec): void => { c.code({ id: r.id, text: r.text, date: r.date || null }); };

for (const r of records.slice(0, 20)) { floor(r); code(withSyntax)(r); code(without)(r); }
syntaxAlone(records.slice(0, 20));
floorTokens = 0;
syntaxTokens = 0;
let floorMs = 0, syntaxMs = 0, plainMs = 0, aloneMs = 0;
for (let i = 0; i < records.length; i += 100) {
  const block = records.slice(i, i + 100);
  floorMs += time(block, floor);
  syntaxMs += time(block, code(withSyntax));
  plainMs += time(block, code(without));
  aloneMs += syntaxAlone(block);
}
const load = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--load-child"], { encoding: "utf8" })) as Record<string, unknown>;
console.log(JSON.stringify({
  bench: "syntax",
  articles: records.length,
  coder_with_parsing_ratio_to_floor: Math.round((syntaxMs / floorMs) * 100) / 100,
  coder_without_parsing_ratio_to_floor: Math.round((plainMs / floorMs) * 100) / 100,
  parsing_share_of_coding: Math.round(((syntaxMs - plainMs) / syntaxMs) * 100) / 100,
  articles_per_s_with_parsing: Math.round((records.length / syntaxMs) * 1000),
  floor_tokens_per_s: Math.round((floorTokens / floorMs) * 1000),
  syntax_stage_tokens_per_s: Math.round((syntaxTokens / aloneMs) * 1000),
  syntax_stage_ratio_to_floor: Math.round((aloneMs / floorMs) * 100) / 100,
  model_load: load,
}));
