/**
 * Gold named entities for `parley eval-parse`: Universal NER's PER/ORG/LOC for the EWT sentences (matched by
 * sent_id, word for word), and GUM's named mentions (trimmed as UNER marks names) for GUM's news documents.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Result } from "../types.ts";
import type { ConlluSentence } from "./conllu.ts";
import { gumEntitySpans } from "./gum-entities.ts";
import type { EntitySource } from "./raw-eval.ts";
import { TREEBANKS, type Split } from "./treebank.ts";
import { parseIob2 } from "./uner.ts";

/** UNER EWT gold of a split, or an error naming the missing file. Sentences whose words differ get no gold. */
export function unerSource(split: Split, dir = TREEBANKS): Result<EntitySource> {
  const path = join(dir, `uner_en_ewt-${split}.iob2`);
  if (!existsSync(path)) return { ok: false, error: { code: "treebank-missing", message: `Universal NER file not found at ${path}`, path } };
  const r = parseIob2(readFileSync(path, "utf8"), path);
  if (!r.ok) return r;
  const byId = new Map(r.value.map((s) => [s.id, s]));
  return {
    ok: true,
    value: (s: ConlluSentence) => {
      const u = byId.get(s.id);
      if (!u || u.forms.length !== s.words.length || u.forms.some((f, i) => f !== s.words[i]?.form)) return null;
      return u.spans;
    },
  };
}

/** GUM gold for the documents of one genre (`# meta::genre = news`); other documents get none. */
export function gumSource(genre = "news"): EntitySource {
  let current: string | null = null;
  return (s: ConlluSentence) => {
    const meta = s.comments.find((c) => /^#\s*meta::genre\s*=/.test(c));
    if (meta) current = meta.replace(/^#\s*meta::genre\s*=\s*/, "").trim();
    else if (s.newdoc !== null) current = null;
    return current === genre ? gumEntitySpans(s) : null;
  };
}
