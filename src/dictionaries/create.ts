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

export function createDictionaryCoder(
  dir: string, mode: DictionaryMode = "add", options: { requireDyad?: boolean } = {},
): Result<{ coder: Coder; dictionaries: LoadedDictionaries }> {
  const loaded = loadDictionaries(dir, mode);
  if (!loaded.ok) return loaded;
  const d = loaded.value;
  // theirs alone ("replace") codes as PETRARCH does; with "add", our conventions and our one-sided events (no
  // target) stay, where PETRARCH's default needs both sides
  // (our learned filter judges our own patterns' events; theirs alone go unfiltered, as in PETRARCH)
  const alone = mode === "replace";
  const base = createCoder({
    resources: { kb: d.kb, verbs: d.verbs, codebook: d.codebook, ...(alone ? { classifier: null } : {}) },
    conventions: alone ? "petrarch" : "parley",
  });
  const requireDyad = options.requireDyad ?? mode === "replace";
  return { ok: true, value: { coder: withPetrarchRules(base, { discards: d.discards, requireDyad, alternatives: d.alternatives }), dictionaries: d } };
}
