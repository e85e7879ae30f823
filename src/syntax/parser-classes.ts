/**
 * Word classes for the parser (Koo, Carreras and Collins 2008): each word's k-means cluster at three granularities
 * (the "c64", "c256" and "c1024" columns of data/model/clusters.bin, ner-classes.ts), looked up once per sentence
 * when its parser values are built. A word outside the vocabulary has the fixed class NO_CLASS in every column.
 * The parser reads them only when its weights were trained with them: syntax.json beside the weights then says
 * `"classes": {"file": "clusters.bin", "columns": ["c64", "c256", "c1024"]}` (train:parse writes it).
 *
 * @example
 * const ids = parserClassIds(["Rebels", "attacked", "Kidal"], classes); // ids[1][0]: c256 class of "rebels" + 1
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Result } from "../types.ts";
import { CLASSES_FILE, loadWordClasses, type WordClasses } from "./ner-classes.ts";

/** The cluster columns the parser reads, coarse to fine. */
export const PARSER_CLASS_COLUMNS = ["c64", "c256", "c1024"] as const;

/** The class of a word outside the vocabulary; a word in it has its class + 1. */
export const NO_CLASS = 0;

/**
 * Per column of PARSER_CLASS_COLUMNS, per word of `forms`, its class + 1, or NO_CLASS; `at` is each word's index in
 * the vocabulary of `classes` (classes.indexOf), when already looked up.
 */
export function parserClassIds(
  forms: readonly string[], classes: WordClasses | null, at: readonly number[] | null = classes ? forms.map((f) => classes.indexOf(f)) : null,
): readonly (readonly number[])[] {
  return PARSER_CLASS_COLUMNS.map((name) => {
    const values = classes?.column(name)?.values;
    return forms.map((_, i) => {
      const w = at?.[i] ?? -1;
      return values && w >= 0 ? (values[w] as number) + 1 : NO_CLASS;
    });
  });
}

/** What syntax.json records of the word classes the parser was trained with. */
export const parserClassesMeta = { file: CLASSES_FILE, columns: [...PARSER_CLASS_COLUMNS] };

/**
 * The word classes the weights of `dir` were trained with, per `dir`/syntax.json: null when it names none (or is
 * absent); an error value when it names another file or columns, or the file lacks a column.
 */
export function loadParserClasses(dir: string): Result<WordClasses | null> {
  const path = join(dir, "syntax.json");
  const fail = (problem: string): Result<WordClasses | null> => ({ ok: false, error: { code: "model", message: `${path}: ${problem}`, path } });
  if (!existsSync(path)) return { ok: true, value: null };
  let meta: unknown;
  try {
    meta = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return fail("not JSON");
  }
  const classes = typeof meta === "object" && meta !== null ? (meta as { classes?: unknown }).classes : undefined;
  if (classes === undefined) return { ok: true, value: null };
  if (JSON.stringify(classes) !== JSON.stringify(parserClassesMeta)) {
    return fail(`"classes" is ${JSON.stringify(classes)}, expected ${JSON.stringify(parserClassesMeta)} (retrain with npm run train:parse)`);
  }
  const loaded = loadWordClasses(dir);
  if (!loaded.ok) return loaded;
  const lacking = PARSER_CLASS_COLUMNS.find((c) => !loaded.value.column(c));
  return lacking ? fail(`the parser reads column "${lacking}", which ${join(dir, CLASSES_FILE)} lacks (npm run build:clusters)`) : loaded;
}
