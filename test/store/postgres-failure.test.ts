/**
 * How a PostgreSQL write failure is said (src/store/postgres/failure.ts): a lost connection in each of the ways pg
 * reports one, a full disk and a read-only server as what happened and what to do; anything else keeps its error.
 * Issue 11 (faults): with the side tables a transaction sends more statements, and a dropped connection is then often
 * met by the next statement, which pg refuses with "Client has encountered a connection error and is not queryable".
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { storeFailure } from "../../src/store/postgres/failure.ts";

const LABEL = "postgres://127.0.0.1:5432/news";
const CASES: readonly [string, Error & { code?: string }, RegExp | null][] = [
  ["dropped during a query", new Error("Connection terminated unexpectedly"), /connection .* was lost while storing articles .*run the ingest again/],
  ["a query sent after the drop", new Error("Client has encountered a connection error and is not queryable"), /connection .* was lost while storing articles/],
  ["the server shut down", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }), /was lost/],
  ["refused", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), /was lost/],
  ["disk full", Object.assign(new Error("could not extend file"), { code: "53100" }), /out of disk space.*Free space/],
  ["read-only", Object.assign(new Error("cannot execute INSERT in a read-only transaction"), { code: "25006" }), /read-only.*primary/],
  ["a bug keeps its own error", new TypeError("Cannot read properties of undefined (reading 'id')"), null],
];

for (const [what, error, said] of CASES) {
  test(`a PostgreSQL write failure is said as what happened: ${what}`, () => {
    const out = storeFailure(error, LABEL);
    if (said === null) { assert.equal(out, error); return; }
    assert.ok(out instanceof Error);
    assert.match(out.message, said);
    assert.equal((out as Error & { cause?: unknown }).cause, error);
  });
}
