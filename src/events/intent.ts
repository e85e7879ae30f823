/**
 * Promised or planned actions ("will meet", "agreed to send troops", "is ready to host") are coded as the
 * intention CAMEO defines for them (root 03 for cooperation, 13 for threats), from data/verbs/intent.tsv.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export type IntentTable = ReadonlyMap<string, string>;

const DEFAULT_FILE = fileURLToPath(new URL("../../data/verbs/intent.tsv", import.meta.url));

export function parseIntentTable(text: string, file = "intent.tsv"): IntentTable {
  const table = new Map<string, string>();
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const [from, to, ...rest] = line.split("\t");
    if (!from || !to || rest.length || !/^\d{2,4}$/.test(from) || !/^\d{2,4}$/.test(to)) {
      throw new Error(`${file}:${i + 1}: expected FROM<TAB>TO with CAMEO codes, found "${line}"`);
    }
    table.set(from, to);
  });
  return table;
}

export function loadIntentTable(file: string = DEFAULT_FILE): IntentTable {
  return parseIntentTable(readFileSync(file, "utf8"), file);
}

/** the intention code for an event code, by its longest listed prefix; undefined when none applies */
export function intentionOf(table: IntentTable, code: string): string | undefined {
  for (let n = code.length; n >= 2; n--) {
    const to = table.get(code.slice(0, n));
    if (to) return to;
  }
  return undefined;
}
