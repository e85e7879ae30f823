/** A plain text table for people: padded columns, long cells cut with an ellipsis. */

export function textTable(columns: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[], maxWidth = 40): string {
  const cells = rows.map((r) => r.map((c) => {
    const s = c === null || c === undefined ? "" : String(c).replace(/\s+/g, " ");
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
  }));
  const widths = columns.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}
