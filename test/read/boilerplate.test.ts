import { test } from "node:test";
import assert from "node:assert/strict";
import { boilerplateRule, dropBoilerplate } from "../../src/read/boilerplate.ts";
import { BOILERPLATE_RULES } from "../../src/read/boilerplate-rules.ts";

/** [paragraph, rule that drops it]: at least one line per rule. */
const DROPPED: ReadonlyArray<readonly [string, string]> = [
  ["Share", "share"],
  ["Share on Facebook | Twitter | Email", "share"],
  ["Share this article", "share-article"],
  ["Share this story with a friend", "share-article"],
  ["Subscribe to our newsletter for the latest news in your inbox.", "subscribe"],
  ["Sign up for our free daily briefing.", "subscribe"],
  ["Get our morning headlines", "subscribe-lead"],
  ["Follow us on Twitter and Facebook", "follow"],
  ["Follow @examplenews for updates", "follow"],
  ["Editor's note: This story has been updated to correct the name of the envoy.", "editor-note"],
  ["Note to readers: some details could not be independently verified.", "editor-note"],
  ["The views expressed in this article are the author's own and do not reflect the paper's position.", "views-own"],
  ["© 2020 The Example Herald", "copyright"],
  ["Copyright 2021 Example Media Group. All rights reserved.", "copyright"],
  ["Contact us at any time with your questions.", "contact"],
  ["Email: tips at example dot org", "contact"],
  ["Write to the newsroom at desk@example.org", "email"],
  ["+44 20 7946 0000", "phone"],
  ["Photo: Smoke rises over the old market.", "image-credit"],
  ["Image credit: John Roe", "image-credit"],
  ["John Roe/Example Agency", "name-agency-credit"],
  ["Getty Images", "agency-credit"],
  ["(Ahmad Stone/Reuters)", "name-agency-credit"],
  ["(handout picture from the council/via news agency)", "paren-credit"],
  ["Read more: How the truce was agreed", "read-more"],
  ["Related: Aid convoys reach the city", "read-more"],
  ["Reporting by Jane Doe; Editing by John Roe", "wire-signoff"],
  ["We use cookies to improve your experience. By continuing you accept our cookie policy.", "cookies"],
  ["Advertisement", "ad"],
  ["5 min read", "reading-aid"],
  ["Listen to this article", "reading-aid"],
  ["2 hours ago", "relative-time"],
  ["Updated 35 minutes ago", "relative-time"],
];

/** Body paragraphs that mention the same words and must stay. */
const KEPT: readonly string[] = [
  "The two sides agreed to share power in a transitional council, the envoy said.",
  "Rebels said they would follow the terms of the truce if government forces withdrew.",
  "The ministry said it would not comment on reports that the photo was taken in March.",
  "Both sides have been reading the draft since Monday, a diplomat said.",
  "The agreement reserves all rights to the local councils, officials said, and takes effect at midnight.",
  "Negotiators said the views of the displaced were heard during three days of talks in Geneva.",
  "Under the plan, 1,200/1,500 prisoners would be exchanged, the mediators said.",
];

test("every boilerplate rule has a dropped example", () => {
  const covered = new Set(DROPPED.map(([, rule]) => rule));
  for (const rule of BOILERPLATE_RULES) assert.ok(covered.has(rule.id), `no example for rule ${rule.id}`);
});

for (const [paragraph, rule] of DROPPED) {
  test(`drops ${JSON.stringify(paragraph)} by ${rule}`, () => assert.equal(boilerplateRule(paragraph), rule));
}

for (const paragraph of KEPT) {
  test(`keeps ${JSON.stringify(paragraph.slice(0, 40))}`, () => assert.equal(boilerplateRule(paragraph), null));
}

test("drops link lists and author bios at the end, keeps body", () => {
  const { kept, dropped } = dropBoilerplate([
    { text: "Talks resumed in Lakeport on Monday, the council said.", linkShare: 0 },
    { text: "Aid groups warn of winter hunger", linkShare: 1 },
    { text: "Jane Doe reports on the Northland conflict from Lakeport.", linkShare: 0 },
  ], "Jane Doe");
  assert.deepEqual(kept, ["Talks resumed in Lakeport on Monday, the council said."]);
  assert.deepEqual(dropped.map((d) => d.rule), ["link-list", "author-bio"]);
});

test("drops a generic bio without a known author, only near the end", () => {
  const bio = "Amal Stone is a senior correspondent covering the region.";
  assert.deepEqual(dropBoilerplate([{ text: "Body.", linkShare: 0 }, { text: bio, linkShare: 0 }], null).kept, ["Body."]);
  const early = [{ text: bio, linkShare: 0 }, { text: "Body one.", linkShare: 0 }, { text: "Body two.", linkShare: 0 }];
  assert.equal(dropBoilerplate(early, null).kept.length, 3);
});
