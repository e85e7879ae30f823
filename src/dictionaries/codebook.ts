/**
 * A codebook that accepts the event codes of imported verb dictionaries: CAMEO codes keep their codebook facts;
 * codes CAMEO lacks (the WEIS-era 223 or 1717 of old test dictionaries, suffixed 075A) are kept as written, with
 * a neutral Goldstein score, so an event is coded with the dictionary's own code. Codes that do not start with
 * two digits ("---", "+++") have no entry: a pattern with such a code matches but codes nothing.
 */
import type { Codebook, CodebookEntry } from "../resources.ts";

export function lenientCodebook(base: Codebook): Codebook {
  const made = new Map<string, CodebookEntry>();
  return {
    entries: base.entries,
    get(code) {
      const known = base.get(code);
      if (known || !/^\d{2}/.test(code)) return known;
      let entry = made.get(code);
      if (!entry) {
        const root = base.get(code.slice(0, 2));
        entry = Object.freeze({
          code, name: root ? `${root.name} (${code})` : `dictionary code ${code}`, root: code.slice(0, 2),
          goldstein: root?.goldstein ?? 0, quadClass: root?.quadClass ?? 1, plover: root?.plover ?? null,
          ploverMode: null, acled: root?.acled ?? null,
        });
        made.set(code, entry);
      }
      return entry;
    },
  };
}
