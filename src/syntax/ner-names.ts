/**
 * The names mention replacement swaps in (ner-augment.ts): people from data/actors/people.tsv; IGOs, NGOs and
 * institutions from igos.tsv and institutions.tsv; countries and every place of data/places. Canonical names only,
 * split into tokens at spaces. Used by training alone; the coder never reads these lists this way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Country } from "../resources.ts";
import type { NamePool } from "./ner-augment.ts";

const ACTORS = fileURLToPath(new URL("../../data/actors/", import.meta.url));
const PLACES = fileURLToPath(new URL("../../data/places/", import.meta.url));

/** One column of a TSV data file: comment lines and the header skipped, empty cells dropped. */
function column(file: string, col: number): string[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#")).slice(1)
    .map((l) => (l.split("\t")[col] ?? "").trim()).filter((n) => n !== "");
}

const tokens = (names: readonly string[]): string[][] => [...new Set(names)].map((n) => n.split(" ").filter((t) => t !== ""));

/** The pool from the shipped data (or other folders laid out the same way). */
export function loadNamePool(countries: readonly Country[], actors = ACTORS, places = PLACES): NamePool {
  const placeNames = readdirSync(places).filter((f) => f.endsWith(".tsv")).sort().flatMap((f) => column(join(places, f), 0));
  return {
    PER: tokens(column(join(actors, "people.tsv"), 0)),
    ORG: tokens([...column(join(actors, "igos.tsv"), 1), ...column(join(actors, "institutions.tsv"), 0)]),
    LOC: tokens([...countries.map((c) => c.name), ...placeNames]),
  };
}
