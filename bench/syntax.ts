/**
 * `npm run bench` (part): what parsing costs. Over the shared bench corpus, in alternating blocks of one run:
 * wink-nlp's split + POS (the floor), the coder with the syntax stage, and the coder without it; plus the load time
 * and resident memory the syntax weights add, measured in a fresh child process. Prints one JSON line.
 * Options: --limit N (default 2000), --corpus PATH.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { createCoder } from "../src/index.ts";

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
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : dflt;
};
const corpus = opt("--corpus", fileURLToPath(new URL("../../shared/corpus/bench.jsonl", import.meta.url)));
const limit = Number(opt("--limit", "2000"));
if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} not found (the shared corpus is only present in CI and on the team's machines); skipping`);
  process.exit(0);
}
const records = readFileSync(corpus, "utf8").split("\n").filter(Boolean).slice(0, limit)
  .map((l) => JSON.parse(l) as { id: string; text: string; date?: string });

const nlp = winkNLP(model);
const its = nlp.its;
const withSyntax = createCoder();
const without = createCoder({ resources: { syntax: null } });
if (!withSyntax.context.syntax) {
  console.error("bench: data/model/ has no syntax weights (npm run train:parse); skipping");
  process.exit(0);
}
type Rec = (typeof records)[number];
const time = (block: readonly Rec[], f: (r: Rec) => void): number => {
  const t0 = performance.now();
  for (const r of block) f(r);
  return performance.now() - t0;
};
const floor = (r: Rec): void => { nlp.readDoc(r.text).tokens().out(its.pos); };
const code = (c: typeof withSyntax) => (r: Rec): void => { c.code({ id: r.id, text: r.text, date: r.date || null }); };

for (const r of records.slice(0, 20)) { floor(r); code(withSyntax)(r); code(without)(r); }
let floorMs = 0, syntaxMs = 0, plainMs = 0;
for (let i = 0; i < records.length; i += 100) {
  const block = records.slice(i, i + 100);
  floorMs += time(block, floor);
  syntaxMs += time(block, code(withSyntax));
  plainMs += time(block, code(without));
}
const load = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--load-child"], { encoding: "utf8" })) as Record<string, unknown>;
console.log(JSON.stringify({
  bench: "syntax",
  articles: records.length,
  coder_with_parsing_ratio_to_floor: Math.round((syntaxMs / floorMs) * 100) / 100,
  coder_without_parsing_ratio_to_floor: Math.round((plainMs / floorMs) * 100) / 100,
  parsing_share_of_coding: Math.round(((syntaxMs - plainMs) / syntaxMs) * 100) / 100,
  articles_per_s_with_parsing: Math.round((records.length / syntaxMs) * 1000),
  model_load: load,
}));
