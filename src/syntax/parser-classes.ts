/**
 * Word classes for the parser (Koo, Carreras and Collins 2008): each word's k-means cluster at three granularities
 * (the "c64", "c256" and "c1024" columns of data/model/clusters.bin, ner-classes.ts), looked up once per sentence
 * when its parser values are built. A word outside the vocabulary, or a sentence parsed without the classes, has
 * the fixed class NO_CLASS in every column.
 *
 * @example
 * const ids = parserClassIds(["Rebels", "attacked", "Kidal"], classes); // ids[1][0]: c256 class of "rebels" + 1
 */
import type { WordClasses } from "./ner-classes.ts";

/** The cluster columns the parser reads, coarse to fine. */
export const PARSER_CLASS_COLUMNS = ["c64", "c256", "c1024"] as const;

/** The class of a word outside the vocabulary; a word in it has its class + 1. */
export const NO_CLASS = 0;

/** Per column of PARSER_CLASS_COLUMNS, per word of `forms`, its class + 1, or NO_CLASS. */
export function parserClassIds(forms: readonly string[], classes: WordClasses | null): readonly (readonly number[])[] {
  const at = classes ? forms.map((f) => classes.indexOf(f)) : null;
  return PARSER_CLASS_COLUMNS.map((name) => {
    const values = classes?.column(name)?.values;
    return forms.map((_, i) => {
      const w = at?.[i] ?? -1;
      return values && w >= 0 ? (values[w] as number) + 1 : NO_CLASS;
    });
  });
}
