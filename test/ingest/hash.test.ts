import { test } from "node:test";
import assert from "node:assert/strict";
import { contentHash, normaliseText } from "../../src/ingest/hash.ts";
import { bandKeys, minhash, similarity } from "../../src/ingest/minhash.ts";

const STORY = "Envoys from three states met in a lakeside hotel on Tuesday to discuss a pause in the fighting around the northern port, officials said, and agreed to meet again next week after both delegations consulted their capitals.";

test("normalised text ignores case, spacing, quote marks and dashes", () => {
  const cases: [string, string][] = [
    ["Talks  RESUMED\n today", "talks resumed today"],
    ["“Calm” – they said", "\"calm\" - they said"],
    ["it’s over", "it's over"],
  ];
  for (const [input, expected] of cases) assert.equal(normaliseText(input), expected);
  assert.equal(contentHash("A  b"), contentHash("a B"));
  assert.notEqual(contentHash("a b"), contentHash("a c"));
});

test("MinHash: copies with small edits are similar, other stories are not", () => {
  const sig = minhash(STORY);
  const cases: [string, string, (s: number) => boolean][] = [
    ["identical", STORY, (s) => s === 1],
    ["one word changed", STORY.replace("Tuesday", "Wednesday"), (s) => s > 0.7],
    ["trailing credit", `${STORY} (Reporting by our correspondent.)`, (s) => s > 0.7],
    ["different story", "Grain prices rose sharply at the regional market as farmers held back their harvest waiting for rain.", (s) => s < 0.2],
  ];
  for (const [name, text, ok] of cases) {
    const s = similarity(sig, minhash(text));
    assert.ok(ok(s), `${name}: ${s}`);
  }
  assert.deepEqual(minhash(STORY), minhash(STORY), "deterministic across calls");
  // one band per 4 slots; a short text may leave a band's slots empty, and an empty band has no key
  assert.ok(bandKeys(sig).length > 8 && bandKeys(sig).length <= 16, String(bandKeys(sig).length));
  const near = bandKeys(minhash(STORY.replace("Tuesday", "Wednesday")));
  assert.ok(near.some((b) => bandKeys(sig).includes(b)), "a near copy shares a band");
  assert.deepEqual(bandKeys(minhash("")), []);
});
