import { test } from "node:test";
import assert from "node:assert/strict";
import { analyse } from "../../src/language/analyse.ts";

const words = (text: string): string[] => analyse(text).tokens.map((t) => t.text);

test("tokens follow the treebanks' conventions: clitics apart, punctuation runs and addresses whole", () => {
  const cases: [string, string[]][] = [
    ["I'm told the truce held.", ["I", "'m", "told", "the", "truce", "held", "."]],
    ["Here's what Haftar's envoy said.", ["Here", "'s", "what", "Haftar", "'s", "envoy", "said", "."]],
    ["They won't sign!!!", ["They", "wo", "n't", "sign", "!!!"]],
    ["A truce?! Really?", ["A", "truce", "?!", "Really", "?"]],
    ["Write to press@ceasefire-monitor.org today.", ["Write", "to", "press@ceasefire-monitor.org", "today", "."]],
    ["The annex (truce_terms.pdf) lists the lines.", ["The", "annex", "(", "truce_terms.pdf", ")", "lists", "the", "lines", "."]],
    ["See www.example.org/truce?id=4 for the map.", ["See", "www.example.org/truce?id=4", "for", "the", "map", "."]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(words(text), expected, text);
});

test("an address that wink splits into sentences stays in one sentence, offsets intact", () => {
  const text = "Mail monitors.team.lead@example.org now. Talks resume Monday.";
  const { sentences, tokens } = analyse(text);
  assert.deepEqual(sentences.map((s) => s.text), ["Mail monitors.team.lead@example.org now.", "Talks resume Monday."]);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  for (const s of sentences) for (const t of tokens.slice(s.tokenStart, s.tokenEnd)) assert.equal(t.sentence, s.index);
  assert.deepEqual(tokens.map((t) => t.i), tokens.map((_, k) => k));
});
