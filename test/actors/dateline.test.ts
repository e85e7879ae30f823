// A dateline ("BEIRUT, Nov 2 -", "BEIRUT Syrian government air strikes…") says where a report was filed: the
// capital written in capitals is no actor, and no part of the actor named after it. So is the news agency it
// credits ("NAIROBI, May 4 (Xinhua) --", a photo's "Jane Doe, AFP |").
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";

const coder = createCoder();
const actorsOf = (text: string) => {
  const r = coder.code({ id: "t", text, date: "2017-11-02" });
  assert.ok(r.ok);
  return r.value.actors.map((a) => `${a.code}:${a.mentions.map((m) => m.text).join("+")}`);
};

// [text, actors expected among the article's, actors that must not be there]
// (the government owning the air strikes is its military: src/actors/force-owner.ts)
const CASES: [string, string[], string[]][] = [
  ["BEIRUT Syrian government air strikes killed at least four civilians on Thursday.", ["SYRMIL:Syrian government"], ["LBNGOV", "LBNMIL", "LBN:BEIRUT"]],
  ["BEIRUT, Nov 2 - Syrian government air strikes killed four civilians near Damascus.", ["SYRMIL:Syrian government"], ["LBN:BEIRUT"]],
  ["HARARE, May 4 (Xinhua) -- Zimbabwe's army said on Sunday it had arrested two men.", ["ZWEMIL:Zimbabwe's army+it"], ["CHNMED"]],
  ["Jane Doe, AFP | Police officers in Tunis fired tear gas at protesters on Friday.", [], ["FRAMED"]],
  // an outlet named in the sentence itself is the outlet
  ["Zimbabwe's army told Xinhua on Sunday that it had arrested two men.", ["CHNMED:Xinhua"], []],
  // a capital in the sentence's body, written normally, is still the state
  ["The delegation flew to Moscow, and the talks in Moscow ended on Friday, Beirut said.", ["LBN:Beirut"], []],
];

for (const [text, want, not] of CASES) {
  test(text, () => {
    const actors = actorsOf(text);
    for (const w of want) assert.ok(actors.includes(w), `${w} in ${actors.join(" | ")}`);
    for (const n of not) assert.ok(!actors.some((a) => a.startsWith(n)), `${n} not in ${actors.join(" | ")}`);
  });
}
