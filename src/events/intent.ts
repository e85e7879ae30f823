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

/**
 * The demand CAMEO defines for an act ("X said Y must withdraw" → 1056 demand de-escalation): root 10 mirrors the
 * intentions of root 03 family by family (031x → 101x, 032 → 102, 033x → 103x, 034x → 104x, 035x → 105x,
 * 036 → 106, 037 → 107, 038/039 → 108); undefined where the act has no intention listed.
 */
export function demandOf(table: IntentTable, code: string): string | undefined {
  const intent = intentionOf(table, code);
  if (!intent?.startsWith("03")) return undefined;
  const family = intent.slice(2);
  if (family === "0") return "100";
  if (family === "9" || family === "8") return "108";
  return `10${family}`;
}

/**
 * The appeal CAMEO defines for an act ("called for a truce" → 0256 appeal for de-escalation): root 02 mirrors the
 * intentions of root 03 as root 10 does (031x → 021x … 037 → 027, 038/039 → 028); undefined where the act has no
 * intention listed.
 */
export function appealOf(table: IntentTable, code: string): string | undefined {
  const intent = intentionOf(table, code);
  if (!intent?.startsWith("03")) return undefined;
  const family = intent.slice(2);
  if (family === "9" || family === "8") return "028";
  return `02${family}`;
}

/** root 03's families and the refusal root 12 codes for each (the family's last digits carry over where 12 has them) */
const WITH_SUBCODES = new Set(["121", "122", "123", "124"]);
const REFUSALS: Readonly<Record<string, string>> = { "0": "120", "1": "121", "2": "120", "3": "122", "4": "123", "5": "124", "6": "125", "7": "127", "8": "126", "9": "126" };

/**
 * The refusal CAMEO defines for an act ("refused to withdraw", "will not halt the war" → 1246 refuse to
 * de-escalate): root 12 follows root 03's families — 031x → 121x, 033x → 122x, 034x → 123x, 035x → 124x,
 * 036 → 125, 037 → 127, 038/039 → 126, the rest 120; undefined where the act has no intention listed.
 */
export function refusalOf(table: IntentTable, code: string): string | undefined {
  const intent = intentionOf(table, code);
  if (!intent?.startsWith("03")) return undefined;
  const family = REFUSALS[intent.charAt(2)];
  if (!family) return undefined;
  // (121–124 have sub-codes that mirror the intention's: 0356 → 1246, 0331 → 1221)
  const sub = intent.charAt(3);
  return sub && WITH_SUBCODES.has(family) ? family + sub : family;
}
