/**
 * The cost of imported dictionaries (issue 5): load time of the full Phoenix dictionaries (must stay under 5 s),
 * and coding throughput over the first records of the bench corpus without them, with them over ours ("add") and
 * alone ("replace").
 * Prints one JSON line. Options: --limit N (default 2000), --corpus PATH, --dictionaries DIR; `--suites` instead
 * prints the dyad figures of the PETRARCH suites coded with their own dictionaries.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createCoder, type Coder } from "../src/coder.ts";
import { createDictionaryCoder } from "../src/dictionaries/create.ts";
import { loadDictionaries } from "../src/dictionaries/index.ts";
import { runSuite } from "../src/dictionaries/suites.ts";
import { readGold } from "../src/eval/gold.ts";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
if (args.includes("--suites")) {
  // the PETRARCH suites coded with their own dictionaries: one JSON line of dyad figures
  const shared = fileURLToPath(new URL("../../shared/", import.meta.url));
  const out: Record<string, unknown> = {};
  for (const [d, suite] of [["petrarch-validate", "petr_unittest"], ["petrarch-validate", "petr_tabari_port"], ["udpetrarch-validate", "udpetr_validate"]] as const) {
    const loaded = loadDictionaries(`${shared}dictionaries/${d}`, "replace");
    if (!loaded.ok || !existsSync(`${shared}gold/${suite}.dev.jsonl`)) { out[suite] = "absent"; continue; }
    out[suite] = runSuite(loaded.value, readGold(`${shared}gold/${suite}.dev.jsonl`)).figures[suite]?.dyad ?? null;
  }
  console.log(JSON.stringify({ bench: "dictionaries-suites", ...out }));
  process.exit(0);
}
const corpus = opt("--corpus", fileURLToPath(new URL("../../shared/corpus/bench.jsonl", import.meta.url)));
const dir = opt("--dictionaries", fileURLToPath(new URL("../../shared/dictionaries/phoenix", import.meta.url)));
const limit = Number(opt("--limit", "2000"));
for (const path of [corpus, dir]) {
  if (!existsSync(path)) {
    console.error(`bench: ${path} not found (the shared folder is only present in CI and on the team's machines); skipping`);
    process.exit(0);
  }
}
const records = readFileSync(corpus, "utf8").split("\n").filter(Boolean).slice(0, limit)
  .map((l) => JSON.parse(l) as { id: string; text: string; date?: string; title?: string });

function run(coder: Coder): { seconds: number; events: number; errors: number } {
  const t0 = performance.now();
  let events = 0;
  let errors = 0;
  for (const r of records) {
    const out = coder.code({ id: r.id, text: r.text, date: r.date || null, title: r.title ?? null, format: "text" });
    if (out.ok) events += out.value.events.length;
    else errors++;
  }
  return { seconds: (performance.now() - t0) / 1000, events, errors };
}

const t0 = performance.now();
const loaded = createDictionaryCoder(dir, "add");
const loadSeconds = (performance.now() - t0) / 1000;
if (!loaded.ok) {
  console.error(`bench: ${loaded.error.message}`);
  process.exit(1);
}
const alone = createDictionaryCoder(dir, "replace");
if (!alone.ok) {
  console.error(`bench: ${alone.error.message}`);
  process.exit(1);
}
const without = run(createCoder());
const withDicts = run(loaded.value.coder);
const withAlone = run(alone.value.coder);
const rate = (x: { seconds: number }) => Math.round((records.length / x.seconds) * 10) / 10;
console.log(JSON.stringify({
  bench: "dictionaries", dictionaries: dir, records: records.length,
  load_seconds: Math.round(loadSeconds * 100) / 100, load_under_5s: loadSeconds < 5,
  patterns: loaded.value.dictionaries.patterns.length, problems: loaded.value.dictionaries.problems.length,
  without: { articles_per_second: rate(without), events: without.events, errors: without.errors },
  with: { articles_per_second: rate(withDicts), events: withDicts.events, errors: withDicts.errors },
  slowdown: Math.round((withDicts.seconds / without.seconds) * 100) / 100,
  alone: { articles_per_second: rate(withAlone), events: withAlone.events, errors: withAlone.errors },
  slowdown_alone: Math.round((withAlone.seconds / without.seconds) * 100) / 100,
}));
