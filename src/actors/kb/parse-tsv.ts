/**
 * Reads one of our TSV data files: `#` comment lines and blank lines are skipped, the first other line is the
 * header and must name exactly the expected columns, every later line is a row with that many tab-separated cells.
 * Problems come back as "FILE:LINE: message" strings; nothing throws.
 */

export interface TsvRow {
  /** 1-based line number in the file, for messages */
  readonly line: number;
  /** trimmed cells, keyed by column name */
  readonly cells: Readonly<Record<string, string>>;
}

export interface TsvTable {
  readonly rows: readonly TsvRow[];
  readonly problems: readonly string[];
}

/**
 * @example
 * parseTsv("x.tsv", "# note\na\tb\n1\t2\n", ["a", "b"]).rows[0]?.cells // { a: "1", b: "2" }
 */
export function parseTsv(file: string, text: string, columns: readonly string[]): TsvTable {
  const rows: TsvRow[] = [];
  const problems: string[] = [];
  let header: readonly string[] | null = null;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    const line = n + 1;
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) continue;
    const cells = raw.split("\t").map((c) => c.trim());
    if (!header) {
      header = cells;
      if (cells.join("\t") !== columns.join("\t")) {
        problems.push(`${file}:${line}: header is "${cells.join(" | ")}", expected "${columns.join(" | ")}"`);
        return { rows, problems };
      }
      continue;
    }
    if (cells.length !== columns.length) {
      problems.push(`${file}:${line}: ${cells.length} columns, expected ${columns.length} (${columns.join(", ")})`);
      continue;
    }
    const record: Record<string, string> = {};
    columns.forEach((name, i) => (record[name] = cells[i]!));
    rows.push({ line, cells: record });
  }
  if (!header) problems.push(`${file}:1: no header line, expected "${columns.join(" | ")}"`);
  return { rows, problems };
}

/** Splits a cell into its `|`-separated alternatives; an empty cell has none. */
export function alternatives(cell: string): string[] {
  if (cell === "") return [];
  return cell.split("|").map((s) => s.trim());
}
