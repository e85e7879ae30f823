/**
 * Reading Universal NER's IOB2 files: one token a line, `ID FORM IOB2-TAG - ANNOTATOR` tab-separated, `#` comments
 * (`# sent_id`, `# text`) before each sentence, blank lines between sentences. Tags of types other than PER, ORG
 * and LOC (none in UNER English) are dropped.
 */
import type { Result } from "../types.ts";
import { tagsToSpans, type EntitySpan } from "./ner-spans.ts";

export interface UnerSentence {
  readonly id: string;
  readonly forms: readonly string[];
  readonly tags: readonly string[];
  readonly spans: readonly EntitySpan[];
}

/**
 * Parses an IOB2 file's text; a line that is not a token line is an error value naming `file:line`.
 *
 * @example
 * const r = parseIob2("# sent_id = a-1\n1\tin\tO\t-\t-\n2\tTampa\tB-LOC\t-\tx\n", "x.iob2");
 * r.ok && r.value[0].spans[0] // { start: 1, end: 2, type: "LOC" }
 */
export function parseIob2(input: string, file = "iob2"): Result<UnerSentence[]> {
  const out: UnerSentence[] = [];
  let id = "", forms: string[] = [], tags: string[] = [];
  const flush = (): void => {
    if (forms.length) out.push({ id: id || `${file}#${out.length}`, forms, tags, spans: tagsToSpans(tags) });
    id = "";
    forms = [];
    tags = [];
  };
  const lines = input.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    if (line.trim() === "") { flush(); continue; }
    if (line.startsWith("#")) {
      const m = /^#\s*sent_id\s*=\s*(.*)$/.exec(line);
      if (m) id = (m[1] ?? "").trim();
      continue;
    }
    const cols = line.split("\t");
    const tag = cols[2] ?? "";
    if (cols.length < 3 || !/^\d+$/.test(cols[0] ?? "") || !/^(O|[BI]-\w+)$/.test(tag)) {
      return { ok: false, error: { code: "iob2", message: `${file}:${n + 1}: expected "ID FORM TAG ...", found "${line.slice(0, 60)}"`, path: file } };
    }
    forms.push(cols[1] ?? "");
    tags.push(tag);
  }
  flush();
  return { ok: true, value: out };
}
