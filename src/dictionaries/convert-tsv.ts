/**
 * Writes loaded PETRARCH dictionaries in our own data formats (data/actors/README.md, data/verbs/README.md):
 * `institutions.tsv` (actors with one code), `people.tsv` (actors with dated roles), `agents.tsv` and
 * `patterns/imported.tsv`. Pure: returns file name → content. What our formats cannot say is left out and
 * counted: non-CAMEO event codes, null codes ("---"), words with digits or dots in verb patterns, and the
 * PETRARCH-only parts of a pattern (words before the verb, `%` subjects, `+` before the verb, `^ +`). Codes whose root
 * is not an ISO country (the fictional ARN of test dictionaries) are written as they are and will be named by
 * our loader's checks.
 */
import type { KbRecord } from "../actors/kb/rows.ts";
import type { PatternElement } from "../events/pattern.ts";
import type { DictPattern } from "./convert-verbs.ts";

export interface TsvExport {
  readonly files: Record<string, string>;
  readonly skipped: Record<string, number>;
}

const WORD = /^[a-z][a-z'-]*$/;
const clean = (s: string) => s.replace(/[\t\n|]/g, " ").trim();

function elementText(e: PatternElement): string | null {
  if (e.kind === "gap") return e.max === 3 ? "*" : `*${Math.min(9, e.max)}`;
  const words = [...e.words];
  if (!words.every((w) => WORD.test(w))) return null;
  return words.join("|");
}

export function toOurTsv(records: readonly KbRecord[], patterns: readonly DictPattern[]): TsvExport {
  const skipped: Record<string, number> = {
    "pattern(s) left out: non-CAMEO or null code": 0, "pattern(s) left out: word our patterns cannot hold": 0,
    "pattern(s) left out: words before the verb, a compound subject, a target before the verb or after a skipped phrase": 0,
    "agent(s) written as ordinary agents: their code goes before the country": 0,
  };
  const people = ["name\tnames\tcode\tcountry\tfrom\tto"];
  const institutions = ["name\tnames\tcode\tkind\tcountry"];
  const agents = ["words\tcode\tkind\tpersonal"];
  for (const { entry, forms } of records) {
    const names = [...new Set(forms.map(clean))].filter((f) => f && f.toLowerCase() !== clean(entry.name).toLowerCase()).join("|");
    if (entry.kind === "agent" && entry.leading) skipped["agent(s) written as ordinary agents: their code goes before the country"]!++;
    if (entry.kind === "agent") agents.push(`${forms.map(clean).join("|")}\t${entry.code}\t${entry.actorKind}\t${entry.personal ? "yes" : "no"}`);
    else if (entry.kind === "person") people.push(`${clean(entry.name)}\t${names}\t${entry.code}\t${entry.country ?? ""}\t${entry.from ?? ""}\t${entry.to ?? ""}`);
    else institutions.push(`${clean(entry.name)}\t${names}\t${entry.code}\t${entry.actorKind}\t${entry.country ?? ""}`);
  }
  const lines = ["# imported from PETRARCH verb dictionaries: CODE<TAB>PATTERN<TAB>FLAGS"];
  for (const p of patterns) {
    const code = p.code.split(":")[0]!;
    if (!/^\d{2,4}$/.test(code)) { skipped["pattern(s) left out: non-CAMEO or null code"]!++; continue; }
    if (p.before || p.soloCode !== undefined || p.targetFirst || p.targetSkips) {
      skipped["pattern(s) left out: words before the verb, a compound subject, a target before the verb or after a skipped phrase"]!++;
      continue;
    }
    const parts = p.elements.map(elementText);
    if (parts.some((x) => x === null)) { skipped["pattern(s) left out: word our patterns cannot hold"]!++; continue; }
    lines.push(`${code}\t${parts.join(" ")}\t${[...p.flags].join(",")}`);
  }
  return {
    files: {
      "actors/people.tsv": `${people.join("\n")}\n`, "actors/institutions.tsv": `${institutions.join("\n")}\n`,
      "actors/agents.tsv": `${agents.join("\n")}\n`, "verbs/patterns/imported.tsv": `${[...new Set(lines)].join("\n")}\n`,
    },
    skipped,
  };
}
