/**
 * The derived world gazetteer file (data/places/world/places.tsv, written by scripts/build-places.ts and not kept
 * in git). Line 1 is `# parley-world-places 2 SOURCES` (the package versions it was derived from), line 2 the
 * header, then one line per lookup key and place, sorted by key (JavaScript string order) so that the loader can
 * binary-search the text as it is: key (a phraseKey()), name, kind (city|admin1), country (ISO alpha-3), admin1
 * (may be empty), population, lat, lon, common (1|0). A place with alternative names has one line per name.
 */
import { phraseKey } from "../../actors/kb/key.ts";
import type { Result } from "../../types.ts";
import type { WorldRow } from "./derive.ts";

export const FORMAT_TAG = "# parley-world-places 2";
export const HEADER = ["key", "name", "kind", "country", "admin1", "population", "lat", "lon", "common"].join("\t");
const MAX_LISTED_ISSUES = 20;
const ISO3 = /^[A-Z]{3}$/;

/** The first line of a file derived from `sources`. */
export const versionLine = (sources: string): string => `${FORMAT_TAG} ${sources}`;

/** Writes rows in the file format, one line per distinct key of each row, sorted by key. */
export function formatWorld(rows: readonly WorldRow[], sources: string): string {
  const lines: string[] = [];
  for (const r of rows) {
    const cells = [r.name, r.kind, r.country, r.admin1, String(r.population), r.lat.toFixed(4), r.lon.toFixed(4),
      r.common ? "1" : "0"].join("\t");
    for (const key of new Set([r.name, ...r.alt].map(phraseKey))) if (key) lines.push(`${key}\t${cells}`);
  }
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${[versionLine(sources), HEADER, ...lines].join("\n")}\n`;
}

/**
 * Reads one data line into a row (alt empty: each alternative has its own line), or says what is wrong with it.
 *
 * @example parseLine("of\tOf\tcity\tTUR\t\t31951\t40.9400\t40.2700\t0") // → { name: "Of", country: "TUR", ... }
 */
export function parseLine(line: string): (WorldRow & { key: string }) | string {
  const f = line.split("\t");
  if (f.length !== 9) return `expected 9 columns, found ${f.length}`;
  const [key = "", name = "", kind = "", country = "", admin1 = "", pop = "", lat = "", lon = "", common = ""] = f;
  if (key === "" || key !== key.trim()) return `key "${key}" is empty or untrimmed`;
  if (name.trim() === "") return "the name is empty";
  if (kind !== "city" && kind !== "admin1") return `kind "${kind}" is not city or admin1`;
  if (!ISO3.test(country)) return `country "${country}" is not an ISO alpha-3 code`;
  const p = Number(pop);
  if (pop === "" || !Number.isInteger(p) || p < 0) return `population "${pop}" is not a whole number`;
  const y = Number(lat);
  const x = Number(lon);
  if (lat === "" || !(Math.abs(y) <= 90)) return `lat "${lat}" is not a latitude`;
  if (lon === "" || !(Math.abs(x) <= 180)) return `lon "${lon}" is not a longitude`;
  if (common !== "0" && common !== "1") return `common "${common}" is not 0 or 1`;
  return { key, name, kind, country, admin1, population: p, lat: y, lon: x, common: common === "1", alt: [] };
}

/**
 * Checks a whole derived file: version line, header, every line and the key order. The build script and the
 * tests run it; the loader checks the first two lines and each line it reads.
 *
 * @example checkWorld(formatWorld(rows, "v"), "v") // → { ok: true, value: number of data lines }
 */
export function checkWorld(text: string, sources: string): Result<number> {
  const lines = text.split("\n");
  const issues: string[] = [];
  if (lines[0] !== versionLine(sources)) issues.push(`line 1: expected "${versionLine(sources)}"`);
  if (lines[1] !== HEADER) issues.push(`line 2: expected the header "${HEADER}"`);
  let previous = "";
  let count = 0;
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === "" && i === lines.length - 1) break;
    const row = parseLine(line);
    if (typeof row === "string") { issues.push(`line ${i + 1}: ${row}`); continue; }
    if (row.key < previous) issues.push(`line ${i + 1}: key "${row.key}" sorts before "${previous}"`);
    previous = row.key;
    count++;
  }
  if (!issues.length) return { ok: true, value: count };
  const more = issues.length > MAX_LISTED_ISSUES ? `\n... and ${issues.length - MAX_LISTED_ISSUES} more` : "";
  return { ok: false, error: { code: "world_places_invalid", path: issues[0]?.split(":")[0] ?? "",
    message: `${issues.length} bad line(s):\n${issues.slice(0, MAX_LISTED_ISSUES).join("\n")}${more}` } };
}
