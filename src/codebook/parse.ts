/**
 * Parses and validates the codebook file (format: data/codebook/README.md). Every line is checked; problems come
 * back as one issue whose message lists each as FILE:LINE: what was expected and what was found.
 */
import type { CodebookEntry } from "../resources.ts";
import type { AcledType, Result } from "../types.ts";
import { acledType } from "./acled.ts";
import { compileCodebook, type CompiledCodebook } from "./compile.ts";
import { isPloverType, PLOVER_MODE_SHAPE } from "./plover.ts";
import { quadClassOf } from "./quad.ts";

/** The header line every codebook file starts with (after comments), tab-separated. */
export const CODEBOOK_COLUMNS = [
  "code", "name", "goldstein", "quad_class", "plover", "plover_mode", "acled_event_type", "acled_sub_event_type",
] as const;

/** How many line problems are spelled out in the issue message before the rest are counted. */
const MAX_LISTED = 25;

type Row = Result<CodebookEntry>;

function fail(message: string): Row {
  return { ok: false, error: { code: "codebook/invalid", message } };
}

function parseRow(cells: readonly string[], seen: ReadonlySet<string>): Row {
  if (cells.length !== CODEBOOK_COLUMNS.length) {
    return fail(`expected ${CODEBOOK_COLUMNS.length} tab-separated cells, found ${cells.length}`);
  }
  const [code = "", name = "", gold = "", quad = "", plover = "", mode = "", acledEvent = "", acledSub = ""] = cells;
  if (!/^\d{2,4}$/.test(code)) return fail(`code must be 2-4 digits, found "${code}"`);
  const root = code.slice(0, 2);
  const rootQuad = quadClassOf(root);
  if (rootQuad === undefined) return fail(`code ${code}: root ${root} is not a CAMEO root 01-20`);
  if (seen.has(code)) return fail(`code ${code} appears twice`);
  if (code.length > 2 && !seen.has(code.slice(0, -1))) {
    return fail(`code ${code}: its parent ${code.slice(0, -1)} must appear on an earlier line`);
  }
  if (name.trim() === "" || name !== name.trim()) return fail(`code ${code}: name is empty or padded: "${name}"`);
  const goldstein = Number(gold);
  if (!/^-?\d+(\.\d+)?$/.test(gold) || goldstein < -10 || goldstein > 10) {
    return fail(`code ${code}: goldstein must be a number in [-10, 10], found "${gold}"`);
  }
  if (quad !== String(rootQuad)) return fail(`code ${code}: quad_class of root ${root} is ${rootQuad}, found "${quad}"`);
  if (plover !== "" && !isPloverType(plover)) return fail(`code ${code}: "${plover}" is not a PLOVER 2021 type`);
  if (mode !== "" && plover === "") return fail(`code ${code}: plover_mode "${mode}" without a plover type`);
  if (mode !== "" && !PLOVER_MODE_SHAPE.test(mode)) return fail(`code ${code}: bad plover_mode "${mode}"`);
  let acled: AcledType | null = null;
  if (acledEvent !== "" || acledSub !== "") {
    const pair = acledType(acledEvent, acledSub);
    if (!pair) return fail(`code ${code}: "${acledEvent}" / "${acledSub}" is not an ACLED event/sub-event pair`);
    acled = pair;
  }
  return {
    ok: true,
    value: {
      code, name, root, goldstein, quadClass: rootQuad,
      plover: plover === "" ? null : plover, ploverMode: mode === "" ? null : mode, acled,
    },
  };
}

/**
 * Parses codebook text into a compiled codebook, or an issue listing every bad line as `file:line: problem`.
 * @param text the whole file, UTF-8 decoded
 * @param file the name used in messages (default "cameo.tsv")
 * @example
 * const r = parseCodebook("code\tname\tgoldstein\tquad_class\tplover\tplover_mode\tacled_event_type\tacled_sub_event_type\n19\tFight\t-10.0\t4\tASSAULT\t\t\t\n");
 * if (r.ok) r.value.get("19")?.goldstein; // -10
 */
export function parseCodebook(text: string, file = "cameo.tsv"): Result<CompiledCodebook> {
  const problems: string[] = [];
  const entries: CodebookEntry[] = [];
  const seen = new Set<string>();
  let header = false;
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const at = `${file}:${i + 1}`;
    const cells = line.split("\t");
    if (!header) {
      header = true;
      if (cells.join("\t") !== CODEBOOK_COLUMNS.join("\t")) {
        problems.push(`${at}: header must be "${CODEBOOK_COLUMNS.join("<TAB>")}", found "${cells.join("<TAB>")}"`);
      }
      return;
    }
    const row = parseRow(cells, seen);
    if (!row.ok) problems.push(`${at}: ${row.error.message}`);
    else {
      seen.add(row.value.code);
      entries.push(row.value);
    }
  });
  if (!header) problems.push(`${file}:1: no header line (expected "${CODEBOOK_COLUMNS.join("<TAB>")}")`);
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED);
    if (problems.length > MAX_LISTED) listed.push(`... and ${problems.length - MAX_LISTED} more`);
    const path = problems[0]?.split(": ")[0];
    return {
      ok: false,
      error: {
        code: "codebook/invalid",
        message: `${problems.length} invalid line(s) in ${file}:\n${listed.join("\n")}`,
        ...(path ? { path } : {}),
      },
    };
  }
  return { ok: true, value: compileCodebook(entries) };
}
