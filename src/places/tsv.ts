/**
 * A tiny reader for our tab-separated data files: a header line names the columns, `#` starts a comment line,
 * blank lines are skipped. Rows keep their 1-based line number so that loaders can report FILE:LINE.
 */

export interface TsvRow {
  /** 1-based line number in the file */
  readonly line: number;
  /** cell text by column name, trimmed; missing trailing cells are "" */
  readonly cells: ReadonlyMap<string, string>;
}

export interface TsvTable {
  readonly header: readonly string[];
  readonly rows: readonly TsvRow[];
  /** problems found while splitting, as `LINE: message` pairs */
  readonly issues: readonly { readonly line: number; readonly message: string }[];
}

/**
 * Splits a TSV text into rows keyed by the header's column names.
 *
 * @example parseTsv("name\tlat\n# c\nTripoli\t32.89\n").rows[0]?.cells.get("lat") === "32.89"
 */
export function parseTsv(text: string): TsvTable {
  const lines = text.split(/\r?\n/);
  const rows: TsvRow[] = [];
  const issues: { line: number; message: string }[] = [];
  let header: string[] | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) return;
    const parts = raw.split("\t").map((c) => c.trim());
    if (header === null) {
      header = parts;
      return;
    }
    if (parts.length > header.length) {
      issues.push({ line, message: `expected at most ${header.length} columns, found ${parts.length}` });
      return;
    }
    const cells = new Map<string, string>();
    header.forEach((name, i) => cells.set(name, parts[i] ?? ""));
    rows.push({ line, cells });
  });
  return { header: header ?? [], rows, issues };
}
