/** CSV / TSV cells and rows (RFC 4180 quoting for CSV; tabs and newlines flattened for TSV). */

export type Cell = string | number | boolean | null | undefined;

export function csvCell(v: Cell, sep = ","): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  if (sep === "\t") return s.replace(/[\t\r\n]+/g, " ");
  return /[",\r\n]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** @example csvRow(["a", 1, null]) === "a,1," */
export function csvRow(values: readonly Cell[], sep = ","): string {
  return values.map((v) => csvCell(v, sep)).join(sep);
}

/** Header plus rows, each line ending in "\n". */
export function toCsv<T>(columns: readonly string[], rows: readonly T[], row: (r: T) => readonly Cell[], sep = ","): string {
  return [csvRow(columns, sep), ...rows.map((r) => csvRow(row(r), sep))].map((l) => `${l}\n`).join("");
}
