// The words of the ingest progress bar and of the summary line: a bar that fills with the work done out of a
// total counted first, the rate, the time left, and what became of the articles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { duration, progressLine, rate, summaryLine, type ProgressState } from "../../src/cli/progress-line.ts";

const state = (s: Partial<ProgressState>): ProgressState => ({ done: 0, total: 40, elapsedS: 0, stored: 0, duplicate: 0, failed: 0, ...s });

test("the bar starts empty with its total, then shows rate and time left", () => {
  const CASES: [s: ProgressState, line: string][] = [
    [state({}), "ingest [░░░░░░░░░░░░░░░░░░░░░░░░] 0/40 articles · … · … · 0 new, 0 duplicate, 0 failed"],
    [state({ done: 12, elapsedS: 4, stored: 10, duplicate: 1, failed: 1 }), "ingest [███████░░░░░░░░░░░░░░░░░] 12/40 articles · 3/s · 9 s left · 10 new, 1 duplicate, 1 failed"],
    [state({ done: 40, elapsedS: 20, stored: 40 }), "ingest [████████████████████████] 40/40 articles · 2/s · 0 s left · 40 new, 0 duplicate, 0 failed"],
    [state({ done: 1, total: 1, elapsedS: 2, stored: 1 }), "ingest [████████████████████████] 1/1 article · 0.5/s · 0 s left · 1 new, 0 duplicate, 0 failed"],
    [state({ done: 5, total: 2000, elapsedS: 2 }), "ingest [░░░░░░░░░░░░░░░░░░░░░░░░] 5/2000 articles · 2.5/s · 13 min 18 s left · 0 new, 0 duplicate, 0 failed"],
    [state({ done: 7, total: null, elapsedS: 2, stored: 7 }), "ingest 7 articles · 3.5/s · 7 new, 0 duplicate, 0 failed"],
    [state({ done: 45, total: 40, elapsedS: 9 }), "ingest [████████████████████████] 45/45 articles · 5/s · 0 s left · 0 new, 0 duplicate, 0 failed"],
  ];
  for (const [s, line] of CASES) assert.equal(progressLine(s), line);
});

test("durations read as seconds, minutes and hours; the rate waits for half a second of work", () => {
  const CASES: [s: number, words: string][] = [[0, "0 s"], [9.4, "9 s"], [60, "1 min"], [125, "2 min 5 s"], [3600, "1 h"], [3780, "1 h 3 min"]];
  for (const [s, words] of CASES) assert.equal(duration(s), words);
  assert.equal(rate(3, 0.2), null);
  assert.equal(rate(0, 5), null);
  assert.equal(rate(25, 2), 13);
});

test("the summary line off a terminal says how many articles, how long and how fast", () => {
  assert.equal(summaryLine(state({ done: 40, elapsedS: 12.9, stored: 38, duplicate: 1, failed: 1 })), "ingest: 40 articles in 13 s (3.1/s); 38 new, 1 duplicate, 1 failed");
  assert.equal(summaryLine(state({ done: 1, elapsedS: 0.3, stored: 1 })), "ingest: 1 article in 0.3 s; 1 new, 0 duplicate, 0 failed");
});
