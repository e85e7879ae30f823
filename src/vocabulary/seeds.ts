/**
 * data/vocabulary/seeds.tsv: the senses we chose, per CAMEO code, from the codebook's definitions
 * (`code<TAB>lemma<TAB>pos<TAB>sense<TAB>note`, see data/vocabulary/README.md). Pure: given the text.
 */
import type { Result } from "../types.ts";
import type { WordnetPos } from "./wordnet.ts";

export interface Seed {
  readonly code: string;
  readonly lemma: string;
  readonly pos: WordnetPos;
  /** a WordNet sense key ("arrest%2:35:00::") or a synset offset ("01217701") */
  readonly sense: string;
  readonly note: string;
  readonly line: number;
}

const CODE = /^\d{2,4}$/;
const LEMMA = /^[a-z][a-z'-]*(?:_[a-z][a-z'-]*)*$/;
const SENSE_KEY = /^[a-z][a-z0-9'_.-]*%[12]:\d{2}:\d{2}::$/;
const OFFSET = /^\d{8}$/;

/**
 * Parses seeds.tsv, checking every line; `codes`, when given, are the codebook's codes a seed may name.
 * All problems are listed as `FILE:LINE: problem`.
 */
export function parseSeeds(text: string, file = "seeds.tsv", codes?: ReadonlySet<string>): Result<Seed[]> {
  const seeds: Seed[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) return;
    const at = `${file}:${i + 1}`;
    const cells = line.split("\t");
    if (cells.length !== 5) return void problems.push(`${at}: expected 5 tab-separated cells (code, lemma, pos, sense, note), found ${cells.length}`);
    const [code = "", lemma = "", pos = "", sense = "", note = ""] = cells;
    if (!CODE.test(code)) return void problems.push(`${at}: code "${code}" is not a CAMEO code (2 to 4 digits)`);
    if (codes && !codes.has(code)) return void problems.push(`${at}: code ${code} is not in the codebook`);
    if (!LEMMA.test(lemma)) return void problems.push(`${at}: lemma "${lemma}" is not a lower-case word (multiword lemmas with "_")`);
    if (pos !== "n" && pos !== "v") return void problems.push(`${at}: pos "${pos}" is not n or v`);
    if (!SENSE_KEY.test(sense) && !OFFSET.test(sense)) return void problems.push(`${at}: sense "${sense}" is neither a sense key (lemma%2:35:00::) nor an 8-digit synset offset`);
    if (SENSE_KEY.test(sense)) {
      if (sense.split("%")[0] !== lemma) return void problems.push(`${at}: sense key ${sense} is not a sense of "${lemma}"`);
      if ((sense.split("%")[1]![0] === "1" ? "n" : "v") !== pos) return void problems.push(`${at}: sense key ${sense} is not a ${pos === "n" ? "noun" : "verb"} sense`);
    }
    if (!note.trim()) return void problems.push(`${at}: the note is empty (say which codebook definition the sense comes from)`);
    const id = `${code}/${lemma}/${pos}/${sense}`;
    if (seen.has(id)) return void problems.push(`${at}: duplicate seed ${code} ${lemma} ${pos} ${sense}`);
    seen.add(id);
    seeds.push({ code, lemma, pos, sense, note: note.trim(), line: i + 1 });
  });
  if (problems.length) return { ok: false, error: { code: "bad_seeds", message: problems.join("\n") } };
  return { ok: true, value: seeds };
}
