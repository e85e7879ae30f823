/**
 * Turns the checked rows of each actor data file into knowledge-base records: an entry plus the surface forms
 * (names, alternatives, demonyms, capitals) it is looked up by. One reader per file; problems are "FILE:LINE: …".
 */
import type { ActorKind } from "../../types.ts";
import type { Country, KbEntry } from "../../resources.ts";
import { alternatives, type TsvRow } from "./parse-tsv.ts";
import {
  checkActorCode, checkActorKind, checkAgentCode, checkCountry, checkDate, checkIso2, checkIso3, checkNames,
} from "./validate.ts";

/** An entry and the phrases that name it. */
export interface KbRecord {
  readonly entry: KbEntry;
  readonly forms: readonly string[];
  /** "FILE:LINE" of the row, for messages about its forms */
  readonly where: string;
}

export interface Read<T> {
  readonly items: T[];
  readonly problems: string[];
}

/** Collects the failed checks of one row as "FILE:LINE: message". */
function rowProblems(file: string, row: TsvRow, ...results: (string | null)[]): string[] {
  return results.filter((r): r is string => r !== null).map((r) => `${file}:${row.line}: ${r}`);
}

const required = (value: string, column: string): string | null => (value === "" ? `${column} is empty` : null);

/** A code whose root is a country must carry that country in the country column. */
function checkRootCountry(code: string, country: string, countries: ReadonlySet<string>): string | null {
  const root = code.slice(0, 3);
  if (!countries.has(root)) return null;
  return root === country ? null : `code "${code}" belongs to ${root} but country is "${country}"`;
}

export function readCountries(file: string, rows: readonly TsvRow[]): Read<{ country: Country; line: number }> {
  const out: Read<{ country: Country; line: number }> = { items: [], problems: [] };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const c = row.cells;
    const [iso3, iso2, name] = [c["iso3"] ?? "", c["iso2"] ?? "", c["name"] ?? ""];
    const [names, demonyms, capitals] = [alternatives(c["names"] ?? ""), alternatives(c["demonyms"] ?? ""), alternatives(c["capitals"] ?? "")];
    const first = seen.get(iso3) ?? seen.get(iso2);
    const problems = rowProblems(file, row, checkIso3(iso3), checkIso2(iso2), required(name, "name"),
      checkNames(names, "names"), checkNames(demonyms, "demonyms"), checkNames(capitals, "capitals"),
      first !== undefined ? `code ${iso3}/${iso2} repeats line ${first}` : null);
    out.problems.push(...problems);
    if (problems.length) continue;
    seen.set(iso3, row.line).set(iso2, row.line);
    out.items.push({ line: row.line, country: Object.freeze({ iso3, iso2, name, names, demonyms, capitals }) });
  }
  return out;
}

/** A country yields three kinds of entry: the state by its names, demonyms and capitals. */
export function countryRecords(country: Country, where: string): KbRecord[] {
  const base = { name: country.name, code: country.iso3, country: country.iso3, actorKind: "state" as const };
  const records: KbRecord[] = [
    { entry: { ...base, kind: "country" }, forms: [country.name, ...country.names], where },
  ];
  if (country.demonyms.length) records.push({ entry: { ...base, kind: "demonym" }, forms: country.demonyms, where });
  if (country.capitals.length) records.push({ entry: { ...base, kind: "capital" }, forms: country.capitals, where });
  return records;
}

export function readOrganisations(file: string, rows: readonly TsvRow[], countries: ReadonlySet<string>): Read<KbRecord> {
  const out: Read<KbRecord> = { items: [], problems: [] };
  for (const row of rows) {
    const c = row.cells;
    const [code, name, kind, country] = [c["code"] ?? "", c["name"] ?? "", c["kind"] ?? "", c["country"] ?? ""];
    const names = alternatives(c["names"] ?? "");
    const problems = rowProblems(file, row, checkActorCode(code, countries), required(name, "name"),
      checkNames(names, "names"), kind === "igo" || kind === "ngo" ? null : `kind "${kind}" is not igo or ngo`,
      checkCountry(country, countries));
    out.problems.push(...problems);
    if (problems.length) continue;
    const k = kind as "igo" | "ngo";
    out.items.push({ entry: { kind: k, name, code, country: country || null, actorKind: k }, forms: [name, ...names], where: `${file}:${row.line}` });
  }
  return out;
}

export function readAgents(file: string, rows: readonly TsvRow[]): Read<KbRecord> {
  const out: Read<KbRecord> = { items: [], problems: [] };
  for (const row of rows) {
    const c = row.cells;
    const [code, kind, personal] = [c["code"] ?? "", c["kind"] ?? "", c["personal"] ?? ""];
    const words = alternatives(c["words"] ?? "");
    const problems = rowProblems(file, row, words.length ? checkNames(words, "words") : "words is empty",
      checkAgentCode(code), checkActorKind(kind),
      personal === "yes" || personal === "no" ? null : `personal "${personal}" is not yes or no`);
    out.problems.push(...problems);
    if (problems.length) continue;
    const entry: KbEntry = {
      kind: "agent", name: words[0]!, code, country: null, actorKind: kind as ActorKind, personal: personal === "yes",
    };
    out.items.push({ entry, forms: words, where: `${file}:${row.line}` });
  }
  return out;
}

export function readInstitutions(file: string, rows: readonly TsvRow[], countries: ReadonlySet<string>): Read<KbRecord> {
  const out: Read<KbRecord> = { items: [], problems: [] };
  for (const row of rows) {
    const c = row.cells;
    const [name, code, kind, country] = [c["name"] ?? "", c["code"] ?? "", c["kind"] ?? "", c["country"] ?? ""];
    const names = alternatives(c["names"] ?? "");
    const problems = rowProblems(file, row, required(name, "name"), checkNames(names, "names"),
      checkActorCode(code, countries), checkActorKind(kind), checkCountry(country, countries),
      checkRootCountry(code, country, countries));
    out.problems.push(...problems);
    if (problems.length) continue;
    const entry: KbEntry = { kind: "group", name, code, country: country || null, actorKind: kind as ActorKind };
    out.items.push({ entry, forms: [name, ...names], where: `${file}:${row.line}` });
  }
  return out;
}

export function readPeople(file: string, rows: readonly TsvRow[], countries: ReadonlySet<string>): Read<KbRecord> {
  const out: Read<KbRecord> = { items: [], problems: [] };
  for (const row of rows) {
    const c = row.cells;
    const [name, code, country, from, to] = [c["name"] ?? "", c["code"] ?? "", c["country"] ?? "", c["from"] ?? "", c["to"] ?? ""];
    const names = alternatives(c["names"] ?? "");
    const fromBad = checkDate(from);
    const toBad = checkDate(to);
    const problems = rowProblems(file, row, required(name, "name"), checkNames(names, "names"),
      checkActorCode(code, countries), checkCountry(country, countries), checkRootCountry(code, country, countries),
      fromBad, toBad, !fromBad && !toBad && from && to && from > to ? `from ${from} is after to ${to}` : null);
    out.problems.push(...problems);
    if (problems.length) continue;
    const entry: KbEntry = {
      kind: "person", name, code, country: country || null, actorKind: "person",
      ...(from ? { from } : {}), ...(to ? { to } : {}),
    };
    out.items.push({ entry, forms: [name, ...names], where: `${file}:${row.line}` });
  }
  return out;
}
