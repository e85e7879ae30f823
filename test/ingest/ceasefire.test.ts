/** The ceasefire tracker as a pure function: hand-made mentions and fighting events in, records out. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { PartyRef, StoredCeasefireMention } from "../../src/store/types.ts";
import { trackCeasefires, type FightingEvent } from "../../src/ingest/ceasefire/track.ts";

const P = (code: string, name: string): PartyRef => ({ key: `${code}:${name.toLowerCase()}`, name, code, country: code.slice(0, 3) });
const ARMY = P("NORMIL", "Norland army");
const FRONT = P("NORREB", "Southern Front");
const EGYPT = P("EGY", "Egypt");
const OSTRIA = P("OSTGOV", "Ostrian government");

function m(article: string, published: string, over: Partial<StoredCeasefireMention> = {}): StoredCeasefireMention {
  return { article, index: 0, published, source: "Desk", title: `about ${article}`, country: "NOR", parties: [ARMY, FRONT],
    mediators: [EGYPT], declared: null, effective: null, status: "declared", terms: [], evidence: [], evidence_text: [], ...over };
}

function fight(id: string, date: string, over: Partial<FightingEvent> = {}): FightingEvent {
  return { id, cameo: "190", acled: null, date, negated: false, modality: "asserted",
    source: [{ actor: "x", name: ARMY.name, code: ARMY.code, country: "NOR" }],
    target: [{ actor: "y", name: FRONT.name, code: FRONT.code, country: "NOR" }],
    location: { name: "Portville", country: "NOR", admin1: null, lat: null, lon: null }, ...over };
}

test("separate truces months apart become separate records; same truce across articles becomes one", () => {
  const records = trackCeasefires([
    m("a", "2031-01-10", { declared: "2031-01-10" }), m("b", "2031-01-12", { status: "in_force", declared: "2031-01-10", effective: "2031-01-11" }),
    m("c", "2031-06-01", { declared: "2031-06-01" }),
    m("d", "2031-06-03", { country: "OST", parties: [OSTRIA, P("OSTREB", "Hill rebels")] }),
  ], []);
  assert.deepEqual(records.map((r) => [r.country, r.declared, r.status, r.articles]), [
    ["NOR", "2031-01-10", "in_force", ["a", "b"]], ["NOR", "2031-06-01", "declared", ["c"]], ["OST", "2031-06-03", "declared", ["d"]],
  ]);
});

test("a fresh proposal after a truce collapsed starts a new record", () => {
  const records = trackCeasefires([
    m("a", "2031-01-10", { declared: "2031-01-10" }), m("b", "2031-01-20", { status: "collapsed", declared: "2031-01-10" }),
    m("c", "2031-01-25", { status: "proposed" }),
  ], []);
  assert.deepEqual(records.map((r) => [r.status, r.ended, r.articles]), [["collapsed", "2031-01-20", ["a", "b"]], ["proposed", null, ["c"]]]);
});

test("a later report of an earlier stage does not move the status back", () => {
  const [r] = trackCeasefires([
    m("a", "2031-01-10", { status: "in_force", effective: "2031-01-10" }), m("b", "2031-01-14", { status: "proposed" }),
    m("c", "2031-01-15", { status: "violated" }), m("d", "2031-01-16", { status: "in_force" }),
  ], []);
  assert.deepEqual(r?.timeline.map((t) => `${t.date} ${t.status}`), ["2031-01-10 in_force", "2031-01-15 violated", "2031-01-16 in_force"]);
  assert.equal(r?.status, "in_force");
});

test("fighting between the parties or in the country after the effective date counts as violations, per day", () => {
  const mentions = [m("a", "2031-01-10", { declared: "2031-01-09", effective: "2031-01-10" }), m("z", "2031-02-01", { status: "ended", declared: "2031-01-09" })];
  const cases: [string, FightingEvent, boolean][] = [
    ["between the parties", fight("1", "2031-01-12"), true],
    ["in the country, other actors", fight("2", "2031-01-12", { source: [], target: [] }), true],
    ["ACLED explosions", fight("3", "2031-01-13", { cameo: "173", acled: { event_type: "Explosions/Remote violence", sub_event_type: "Shelling/artillery/missile attack" } }), true],
    ["on the effective day", fight("4", "2031-01-10"), false],
    ["before it took effect", fight("5", "2031-01-05"), false],
    ["after it ended", fight("6", "2031-02-03"), false],
    ["negated", fight("7", "2031-01-12", { negated: true }), false],
    ["only threatened", fight("8", "2031-01-12", { modality: "intended" }), false],
    ["not fighting", fight("9", "2031-01-12", { cameo: "040" }), false],
    ["elsewhere, other parties", fight("10", "2031-01-12", { source: [], target: [], location: { name: "X", country: "OST", admin1: null, lat: null, lon: null } }), false],
  ];
  for (const [name, ev, counts] of cases) {
    const [r] = trackCeasefires(mentions, [ev]);
    assert.equal(r!.violations.length, counts ? 1 : 0, name);
  }
  const [r] = trackCeasefires(mentions, [fight("1", "2031-01-12"), fight("2", "2031-01-12"), fight("3", "2031-01-15")]);
  assert.deepEqual(r?.violations, [{ date: "2031-01-12", count: 2 }, { date: "2031-01-15", count: 1 }]);
  assert.deepEqual(r?.timeline.map((t) => t.status), ["declared", "in_force", "violated", "ended"]);
  assert.deepEqual(r?.timeline[2]?.evidence[0]?.events, ["1", "2"]);
});

test("two sides of one country are the parties of a civil war, not the bare state; mediators never repeat a party", () => {
  const [r] = trackCeasefires([
    m("a", "2031-01-10", { parties: [P("NOR", "Norland"), FRONT], mediators: [EGYPT, FRONT] }),
    m("b", "2031-01-11", { parties: [P("NORGOV", "Norland government"), FRONT], mediators: [P("IGOUNO", "United Nations")] }),
  ], []);
  assert.deepEqual(r?.parties.map((p) => p.code).sort(), ["NORGOV", "NORREB"]);
  assert.deepEqual(r?.mediators.map((p) => p.code), ["EGY", "IGOUNO"]);
});

test("an undated article that reports a collapse does not date the collapse at the truce's declaration (issue 10)", () => {
  const [r] = trackCeasefires([
    m("a", "2031-01-10", { declared: "2031-01-10" }), m("b", "2031-01-12", { status: "in_force", effective: "2031-01-11" }),
    { ...m("u", "2031-01-01", { status: "collapsed", declared: "2031-01-10" }), published: null },
    m("c", "2031-01-20", { status: "collapsed" }),
  ], []);
  assert.deepEqual(r?.timeline.map((t) => `${t.date} ${t.status}`), ["2031-01-10 declared", "2031-01-11 in_force", "2031-01-20 collapsed"]);
  assert.equal(r?.status, "collapsed");
  assert.equal(r?.ended, "2031-01-20");
  assert.deepEqual(r?.timeline.at(-1)?.evidence.map((e) => e.article), ["c", "u"]);
});
