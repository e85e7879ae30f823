/**
 * Loads the world gazetteer once per process: from the derived file when it is there and matches the installed
 * packages (about 0.2 s), else by deriving it in memory from the packages (a few seconds; `npm run build:places`
 * writes the file). `lazyWorldGazetteer()` defers even that until the first lookup, so commands that never code an
 * article never load it.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Gazetteer } from "../../resources.ts";
import { loadGazetteer } from "../gazetteer.ts";
import { compileWorld } from "./compile.ts";
import { deriveWorld } from "./derive.ts";
import { formatWorld } from "./format.ts";
import { readCities, readCommonWords, readSubdivisions, sourceVersions } from "./sources.ts";

export const WORLD_FILE = fileURLToPath(new URL("../../../data/places/world/places.tsv", import.meta.url));

/** Derives the rows from the installed packages against our own table. */
export function deriveFromPackages(hand: Gazetteer = loadGazetteer()): ReturnType<typeof deriveWorld> {
  const { subdivisions, alpha2To3 } = readSubdivisions();
  return deriveWorld({ cities: readCities(), subdivisions, alpha2To3, commonWords: readCommonWords(), hand });
}

/** The text of `file`, or null when it is missing. */
function readText(file: string): string | null {
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

function derivedHere(hand: Gazetteer, sources: string): Gazetteer {
  const compiled = compileWorld(formatWorld(deriveFromPackages(hand).rows, sources), sources, hand);
  if (!compiled.ok) throw new Error(`world gazetteer derived from the packages: ${compiled.message}`);
  return compiled.value;
}

const loaded = new Map<string, Gazetteer>();

/**
 * The world gazetteer, compiled once per process and file.
 *
 * @example loadWorldGazetteer().lookup("kidal")  // our table has Kidal: only namesakes elsewhere, if any
 */
export function loadWorldGazetteer(file: string = WORLD_FILE): Gazetteer {
  const known = loaded.get(file);
  if (known) return known;
  const hand = loadGazetteer();
  const sources = sourceVersions();
  const onDisk = readText(file);
  // a missing file, or one derived from other package versions, is derived again here (and not written)
  const compiled = onDisk !== null ? compileWorld(onDisk, sources, hand) : null;
  const world = compiled?.ok ? compiled.value : derivedHere(hand, sources);
  loaded.set(file, world);
  return world;
}

/**
 * A Gazetteer that loads the world gazetteer on its first use.
 *
 * @example const ctx = { ...context, world: lazyWorldGazetteer() } // nothing read yet
 */
export function lazyWorldGazetteer(file: string = WORLD_FILE): Gazetteer {
  const get = (): Gazetteer => loadWorldGazetteer(file);
  return Object.freeze({
    lookup: (key: string) => get().lookup(key),
    isPrefix: (words: string) => get().isPrefix?.(words) ?? true,
    get maxPhraseWords() { return get().maxPhraseWords; },
    country: (iso3: string) => get().country(iso3),
  });
}
