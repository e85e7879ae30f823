/**
 * One call for the CLI and server: a Coder that codes with PETRARCH-format dictionaries from DIR, laid over ours
 * ("add") or alone ("replace"), with the PETRARCH rules (coder.ts) applied to every article.
 *
 * @example
 * const r = createDictionaryCoder("../shared/dictionaries/phoenix", "add");
 * if (r.ok) r.value.coder.code({ text: "Russia and Turkey announced a ceasefire." });
 */
import type { Result } from "../types.ts";
import { createCoder, type Coder } from "../coder.ts";
import { loadDictionaries, type DictionaryMode, type LoadedDictionaries } from "./index.ts";
import { withPetrarchRules } from "./coder.ts";

/** A Coder over dictionaries already loaded in `mode` (see loadDictionaries). */
export function dictionaryCoder(d: LoadedDictionaries, mode: DictionaryMode, options: { requireDyad?: boolean } = {}): Coder {
  // theirs alone ("replace") codes as PETRARCH does: its conventions, no learned filter (it judges our own
  // patterns' events), an event needs both sides; with "add", our conventions, filter and one-sided events stay
  const alone = mode === "replace";
  const base = createCoder({
    resources: { kb: d.kb, verbs: d.verbs, codebook: d.codebook, ...(alone ? { classifier: null } : {}) },
    conventions: alone ? "petrarch" : "parley",
  });
  const requireDyad = options.requireDyad ?? alone;
  return withPetrarchRules(base, { discards: d.discards, requireDyad, alternatives: d.alternatives });
}

export function createDictionaryCoder(
  dir: string, mode: DictionaryMode = "add", options: { requireDyad?: boolean } = {},
): Result<{ coder: Coder; dictionaries: LoadedDictionaries }> {
  const loaded = loadDictionaries(dir, mode);
  if (!loaded.ok) return loaded;
  return { ok: true, value: { coder: dictionaryCoder(loaded.value, mode, options), dictionaries: loaded.value } };
}
