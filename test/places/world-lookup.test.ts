/**
 * Issue 9 (coding speed): the world gazetteer's binary search compares keys in place in the file's text instead
 * of slicing one per step; every lookup and prefix test must answer as a plain scan of the keys would, for keys
 * that are prefixes of one another, that sort next to their extensions, or that are absent at either end.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { phraseKey } from "../../src/actors/kb/key.ts";
import { compileWorld } from "../../src/places/world/compile.ts";
import type { WorldRow } from "../../src/places/world/derive.ts";
import { formatWorld } from "../../src/places/world/format.ts";

const place = (name: string, country: string, alt: readonly string[] = []): WorldRow => ({
  name, kind: "city", country, admin1: "", population: 1000, lat: 1, lon: 2, common: false, alt,
});

const ROWS: readonly WorldRow[] = [
  place("Khan", "AFG"), place("Khan Yunis", "PSE", ["Khan Younis"]), place("Khana", "IND"), place("Khanaqin", "IRQ"),
  place("Kharkiv", "UKR", ["Kharkov"]), place("Kherson", "UKR"), place("Of", "TUR"), place("Ofaqim", "ISR"),
  place("A", "XXA"), place("Zway", "ETH"), place("Zwolle", "NLD"), place("Marib", "YEM"), place("Marib", "SYR"),
  place("Sanaa", "YEM", ["Sana'a"]), place("Al Mukalla", "YEM"), place("Al", "NOR"),
];

const keys = [...new Set(ROWS.flatMap((r) => [r.name, ...r.alt].map(phraseKey)))];
const world = compileWorld(formatWorld(ROWS, "t"), "t", { country: () => undefined });

const PROBES = [
  "khan", "khan yunis", "khan younis", "khana", "khanaqin", "kha", "khan y", "kharkiv", "kharkov", "kherson", "of", "ofa", "ofaqim",
  "a", "", "aa", "zway", "zwolle", "zz", "marib", "mari", "sanaa", "sana a", "al", "al mukalla", "al m", "yemen", "khanaqinx",
];

for (const probe of PROBES) {
  test(`world gazetteer: lookup and prefix test of "${probe}" answer as a scan of the keys would`, () => {
    assert.ok(world.ok);
    const want = ROWS.filter((r) => [r.name, ...r.alt].some((n) => phraseKey(n) === probe)).map((r) => `${r.name}/${r.country}`).sort();
    const got = (world.value.lookup(probe) ?? []).map((e) => `${e.name}/${e.country}`).sort();
    assert.deepEqual(got, want);
    const prefix = keys.some((k) => k === probe || k.startsWith(`${probe} `));
    assert.equal(world.value.isPrefix?.(probe), prefix);
  });
}
