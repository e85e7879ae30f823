/**
 * Checks our codebook against the third-party reference tables in ../shared/gold (read in place, never copied):
 * every code there must exist here with the same Goldstein value (ICEWS column `goldstein`) and PLOVER 2021 type.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCodebook } from "../../src/codebook/index.ts";

const GOLD = fileURLToPath(new URL("../../../shared/gold/", import.meta.url));
const codebook = loadCodebook();

/** Rows of a TSV with a header line, as records keyed by column name. */
function readTsv(path: string): Record<string, string>[] {
  const [head = "", ...lines] = readFileSync(path, "utf8").split(/\r?\n/).filter((l) => l.trim() !== "");
  const columns = head.split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ""]));
  });
}

test("reference: cameo_codes.tsv codes, Goldstein values and PLOVER types", (t) => {
  const path = `${GOLD}cameo_codes.tsv`;
  if (!existsSync(path)) return t.skip(`../shared/gold not found: ${path}`);
  const rows = readTsv(path);
  assert.ok(rows.length > 300);
  const problems: string[] = [];
  for (const row of rows) {
    const code = row["code"] ?? "";
    const ours = codebook.get(code);
    if (!ours) { problems.push(`${code}: missing`); continue; }
    if (ours.goldstein !== Number(row["goldstein"])) problems.push(`${code}: goldstein ${ours.goldstein} ≠ ${row["goldstein"]}`);
    const plover = row["plover_2021"] ?? "";
    if (plover !== "" && ours.plover !== plover) problems.push(`${code}: plover ${ours.plover} ≠ ${plover}`);
  }
  assert.deepEqual(problems, []);
});

test("reference: cameo_to_plover.tsv PLOVER 2021 types", (t) => {
  const path = `${GOLD}cameo_to_plover.tsv`;
  if (!existsSync(path)) return t.skip(`../shared/gold not found: ${path}`);
  const rows = readTsv(path);
  const problems: string[] = [];
  // header rows name the PLOVER type(s) a root falls under; root 08 is split between CONCEDE and RETREAT
  const rootTypes = new Map<string, string[]>();
  for (const row of rows) {
    const code = row["cameo_code"] ?? "";
    const plover = row["plover_event"] ?? "";
    if (row["root_header"] === "1") {
      rootTypes.set(code, [...(rootTypes.get(code) ?? []), plover]);
      continue;
    }
    const ours = codebook.get(code);
    if (!ours) problems.push(`${code}: missing`);
    else if (ours.plover !== plover) problems.push(`${code}: plover ${ours.plover} ≠ ${plover}`);
  }
  for (const [root, types] of rootTypes) {
    const ours = codebook.get(root);
    if (!ours) problems.push(`${root}: root missing`);
    else if (ours.plover === null || !types.includes(ours.plover)) {
      problems.push(`${root}: root plover ${ours.plover} not in ${types.join("/")}`);
    }
  }
  assert.deepEqual(problems, []);
});
