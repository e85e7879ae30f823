/**
 * Date restrictions of PETRARCH actor codes: `[CODE]`, `[CODE >YYYYMMDD]` (after), `[CODE <YYYYMMDD]` (before),
 * `[CODE YYYYMMDD-YYYYMMDD]` (between). TABARI files write six-digit YYMMDD dates; years 00-29 are read as 20xx.
 */
import type { Result } from "../types.ts";

export interface DatedCode {
  readonly code: string;
  /** ISO dates, inclusive; absent = open */
  readonly from?: string;
  readonly to?: string;
}

/** "19950601" or "950601" → "1995-06-01"; null when it is not a calendar date. */
export function isoOf(digits: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(digits)) { y = Number(digits.slice(0, 4)); rest = digits.slice(4); }
  else if (/^\d{6}$/.test(digits)) { const yy = Number(digits.slice(0, 2)); y = yy < 30 ? 2000 + yy : 1900 + yy; rest = digits.slice(2); }
  else return null;
  const [m, d] = [Number(rest.slice(0, 2)), Number(rest.slice(2))];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (days === undefined || d < 1 || d > days) return null;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2)}`;
}

/** The day before / after an ISO date (restrictions are strict: "<950601" ends on 1995-05-31). */
function shift(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Parses the inside of one code bracket.
 *
 * @example
 * parseDatedCode("HOBGOV 19950601 - 19990815") // ok: { code: "HOBGOV", from: "1995-06-01", to: "1999-08-15" }
 * parseDatedCode("HOB < 950601") // ok: { code: "HOB", to: "1995-05-31" }
 */
export function parseDatedCode(inner: string): Result<DatedCode> {
  const fail = (message: string): Result<DatedCode> => ({ ok: false, error: { code: "bad_code", message } });
  const m = /^([^\s<>]+)\s*(.*)$/.exec(inner.trim());
  if (!m || !m[1]) return fail(`empty code "[${inner}]"`);
  const code = m[1].toUpperCase();
  const restriction = (m[2] ?? "").replace(/\s+/g, "");
  if (!/^[A-Z0-9~+#/-]+$/.test(code)) return fail(`code "${m[1]}" has characters other than letters, digits, - + ~ /`);
  if (!restriction) return { ok: true, value: { code } };
  const bad = () => fail(`date restriction "${m[2]}" of ${code} is not <DATE, >DATE or DATE-DATE (YYYYMMDD or YYMMDD)`);
  if (restriction.startsWith("<") || restriction.startsWith(">")) {
    const iso = isoOf(restriction.slice(1));
    if (!iso) return bad();
    return { ok: true, value: restriction[0] === "<" ? { code, to: shift(iso, -1) } : { code, from: shift(iso, 1) } };
  }
  const range = /^(\d{6}|\d{8})-(\d{6}|\d{8})$/.exec(restriction);
  if (!range) return bad();
  const from = isoOf(range[1]!);
  const to = isoOf(range[2]!);
  if (!from || !to) return bad();
  if (from > to) return fail(`date range ${restriction} of ${code} ends before it starts`);
  return { ok: true, value: { code, from, to } };
}
