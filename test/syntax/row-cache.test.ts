/**
 * The tagger's row cache (row-cache.ts): a row found again is the row stored, a full cache starts again empty, and
 * adding a row adds every class (also past a multiple of four).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { RowCache } from "../../src/syntax/row-cache.ts";

test("row cache: rows are kept by key and added class by class", () => {
  for (const classes of [1, 4, 7, 107]) {
    const cache = new RowCache<string>(classes, 3);
    const at = cache.claim("the");
    cache.row(at).set(Array.from({ length: classes }, (_, c) => c - 2));
    assert.equal(cache.find("the"), at);
    assert.equal(cache.find("a"), -1);
    const scores = new Int32Array(classes).fill(10);
    cache.addTo(at, scores);
    assert.deepEqual([...scores], Array.from({ length: classes }, (_, c) => 10 + c - 2));
  }
});

test("row cache: a full cache starts again empty, with zeroed rows", () => {
  const cache = new RowCache<number>(2, 2);
  cache.row(cache.claim(1)).fill(5);
  cache.row(cache.claim(2)).fill(6);
  const at = cache.claim(3);
  assert.equal(cache.find(1), -1);
  assert.equal(cache.find(2), -1);
  assert.equal(cache.find(3), at);
  assert.deepEqual([...cache.row(at)], [0, 0]);
});
