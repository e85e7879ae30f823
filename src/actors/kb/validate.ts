/**
 * Field checks for the actor data files. Each check returns null when the value is fine, else a message that
 * states what was found and what was expected; the row readers (rows.ts) prefix it with FILE:LINE.
 */
import type { ActorKind } from "../../types.ts";

/** CAMEO actor code: a three-letter root (country, IGO, NGO, IMG, "---", region) then three-letter parts */
export const ACTOR_CODE = /^[A-Z-]{3}([A-Z]{3})*$/;

/** Roots that are not ISO countries: international, non-governmental, multinational, unknown, regions. */
export const NON_STATE_ROOTS: ReadonlySet<string> = new Set([
  "IGO", "NGO", "IMG", "MNC", "---",
  "AFR", "ASA", "BLK", "BAL", "CAS", "CAU", "CRB", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS",
  "SAF", "SAM", "SAS", "SEA", "WAF", "WST", "SCN", "CFR", "WSH", "EIN", "ASN",
]);

/** CAMEO agent (sector) codes accepted in agents.tsv. */
export const AGENT_CODES: ReadonlySet<string> = new Set([
  "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "BUS", "MED", "EDU", "HLH", "REL", "CVL", "REF",
  "LAB", "SEP", "UAF", "INS", "CRM", "ELI", "AGR", "ENV", "HRI", "MOD", "RAD", "DEV", "MUS", "CHR", "JEW",
]);

export const ACTOR_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>([
  "person", "state", "government", "military", "rebel", "party", "igo", "ngo", "group", "other",
]);

export function checkIso3(value: string): string | null {
  return /^[A-Z]{3}$/.test(value) ? null : `iso3 "${value}" is not three capital letters`;
}

export function checkIso2(value: string): string | null {
  return /^[A-Z]{2}$/.test(value) ? null : `iso2 "${value}" is not two capital letters`;
}

/** An actor code whose root is a known ISO alpha-3 code or a non-state root. */
export function checkActorCode(value: string, countries: ReadonlySet<string>): string | null {
  if (!ACTOR_CODE.test(value)) return `actor code "${value}" is not a root of three letters followed by three-letter parts`;
  const root = value.slice(0, 3);
  if (!countries.has(root) && !NON_STATE_ROOTS.has(root)) return `actor code "${value}" starts with unknown root "${root}"`;
  return null;
}

/** One or more agent codes run together ("GOV", "GOVMIL"), each known. */
export function checkAgentCode(value: string): string | null {
  if (!/^([A-Z]{3})+$/.test(value)) return `agent code "${value}" is not a run of three-letter codes`;
  for (let i = 0; i < value.length; i += 3) {
    const part = value.slice(i, i + 3);
    if (!AGENT_CODES.has(part)) return `agent code "${value}" has unknown part "${part}"`;
  }
  return null;
}

/** An optional ISO alpha-3 country: empty, or one listed in countries.tsv. */
export function checkCountry(value: string, countries: ReadonlySet<string>): string | null {
  if (value === "") return null;
  return countries.has(value) ? null : `country "${value}" is not in countries.tsv`;
}

export function checkActorKind(value: string): string | null {
  return ACTOR_KINDS.has(value as ActorKind) ? null : `kind "${value}" is not one of ${[...ACTOR_KINDS].join(", ")}`;
}

/** An optional calendar date written YYYY-MM-DD. */
export function checkDate(value: string): string | null {
  if (value === "") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return `date "${value}" is not YYYY-MM-DD`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days ? null : `date "${value}" is not a calendar day`;
}

/** Every alternative of a name cell must be non-empty ("a||b" is a typo). */
export function checkNames(values: readonly string[], column: string): string | null {
  return values.some((v) => v === "") ? `${column} has an empty alternative` : null;
}
