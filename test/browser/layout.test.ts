/**
 * The dashboard's layout, measured in chromium: labels lie inside their SVG and do not overlap, the overview's
 * y axis has unique integer ticks, the latest events come newest first, the reader's highlights cover exactly the
 * marked words and leave every letter visible, and country-level places are shaded, not pinned like towns.
 * Skips where chromium is absent.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Page as ApiPage, StoredEvent, TimeSeries } from "../../web/src/api.ts";
import { boxes, inkPixels, outside, overlapping } from "./measure.ts";
import { SKIP, openSession, type Session } from "./session.ts";

let t: Session;

/** Our own report of a breach one day after the Libyan truce took effect, and a second status on the day it collapsed. */
const BREACH = {
  title: "Shelling breaks the Libyan truce", date: "2019-11-18", source: "Harbour Gazette",
  text: "Artillery shells hit Ain Zara south of Tripoli on Monday in the first violation of the ceasefire between the Government of National Accord and the Libyan National Army, the health ministry said. The government accused Khalifa Haftar's forces of violating the truce.",
};
/** Our own article with accented names, to check highlight offsets beyond ASCII. */
const ACCENTED = {
  title: "Türkiye offers to host talks", date: "2019-11-20", source: "Harbour Gazette",
  text: "President Recep Tayyip Erdoğan said Türkiye would host talks between the Government of National Accord and the Libyan National Army. Fighters from Mocímboa da Praia were not involved, said José Núñez.",
};

async function post(body: object): Promise<string> {
  const res = await t.fx.app().request("/api/articles", { method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${t.editor}` }, body: JSON.stringify(body) });
  const out = (await res.json()) as { id?: string };
  assert.equal(res.status, 201, JSON.stringify(out));
  return out.id ?? "";
}

let accented: Promise<string> | undefined;
/** The accented article's id, posted on first use. */
const accentedArticle = (): Promise<string> => (accented ??= post(ACCENTED));

/** No label overlaps another and each lies inside its SVG. */
async function assertLabelsLaidOut(page: Session["b"]["page"], svgSelector: string, labelSelector: string): Promise<number> {
  const svgs = await boxes(page, svgSelector);
  assert.ok(svgs.length > 0, `no ${svgSelector}`);
  let labels = 0;
  for (let i = 0; i < svgs.length; i++) {
    const inSvg = await boxes(page, `:nth-match(${svgSelector}, ${i + 1}) ${labelSelector}`);
    labels += inSvg.length;
    assert.deepEqual(overlapping(inSvg), [], `labels overlap in ${svgSelector} #${i + 1}`);
    assert.deepEqual(outside(inSvg, svgs[i]!), [], `labels clipped in ${svgSelector} #${i + 1}`);
  }
  return labels;
}

describe("dashboard layout, measured in chromium", { skip: SKIP, timeout: 300_000 }, () => {
  before(async () => { t = await openSession(); });
  after(async () => { await t?.close(); });

  it("network: actor labels lie inside the svg and none overlaps another", async () => {
    await t.b.open("#/network");
    const nodes = await t.b.page.locator(".node").count();
    const labels = await assertLabelsLaidOut(t.b.page, "svg.network", ".node text");
    assert.ok(labels >= Math.min(nodes, 12), `${labels} of ${nodes} actors labelled`);
    t.b.assertClean();
  });

  it("overview: the y axis has unique integer ticks from 0 up to the busiest day", async () => {
    const ts = await t.api<TimeSeries>("series?by=quad");
    const totals = ts.days.map((_, i) => ts.series.reduce((n, x) => n + (x.counts[i] ?? 0), 0));
    // the quietest days, where a naive scale repeats its ticks (0, 0, 1, 1, 2): the two smallest distinct totals
    const small = [...new Set(totals.filter((n) => n > 0))].sort((a, b) => a - b).slice(0, 2);
    assert.ok(small.length === 2 && small[0]! <= 2, `the fixture has quiet days with two different small totals: ${small.join(", ")}`);
    const cases: readonly (readonly [string, number])[] = [
      ["#/overview", Math.max(...totals)],
      ...small.map((n) => { const day = ts.days[totals.indexOf(n)]; return [`#/overview?from=${day}&to=${day}`, n] as const; }),
    ];
    for (const [hash, busiest] of cases) {
      await t.b.open(hash);
      const ticks = await t.b.page.locator('svg.chart text.axis[text-anchor="end"]').allTextContents();
      assert.equal(new Set(ticks).size, ticks.length, `${hash}: ticks ${ticks.join(", ")} repeat`);
      assert.ok(ticks.every((x) => /^\d+$/.test(x)), `${hash}: ticks ${ticks.join(", ")} are not all integers`);
      const values = ticks.map(Number).sort((a, b) => a - b);
      assert.equal(values[0], 0, `${hash}: ticks start at 0`);
      assert.ok((values.at(-1) ?? 0) >= busiest, `${hash}: top tick ${values.at(-1)} below the busiest day (${busiest})`);
      assert.ok(values.length >= 2, `${hash}: at least two ticks`);
    }
    t.b.assertClean();
  });

  it("overview: the latest events are listed newest first", async () => {
    const all = await t.api<ApiPage<StoredEvent>>("events?limit=1000");
    const dateOf = new Map(all.items.map((e) => [e.id, e.date]));
    const newest = all.items.map((e) => e.date ?? "").sort().at(-1);
    await t.b.open("#/overview");
    const ids = await t.b.page.locator('.panel:has(h2:has-text("Latest")) tr.event-row').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-event") ?? ""));
    assert.ok(ids.length >= 5, `${ids.length} latest events`);
    const dates = ids.map((id) => dateOf.get(id) ?? "");
    assert.equal(dates[0], newest, "the first row is the newest event");
    const undatedLast = (d: string): string => (d === "" ? "0000" : d);
    for (let i = 1; i < dates.length; i++) {
      assert.ok(undatedLast(dates[i - 1]!) >= undatedLast(dates[i]!), `row ${i + 1} (${dates[i]}) is newer than row ${i} (${dates[i - 1]}): ${dates.join(", ")}`);
    }
    t.b.assertClean();
  });

  it("map: country-level places are shaded and listed, not pinned like towns; place labels inside and apart", async () => {
    const all = await t.api<ApiPage<StoredEvent>>("events?limit=1000");
    const countryLevel = new Set(all.items.map((e) => e.location).filter((l) => l && l.precision === "country").map((l) => l!.name));
    const towns = new Set(all.items.map((e) => e.location).filter((l) => l && l.precision === "city").map((l) => l!.name));
    assert.ok(countryLevel.has("Libya") && countryLevel.has("Russia"), `country-level places in the fixture: ${[...countryLevel].join(", ")}`);
    await t.b.open("#/map");
    const pinned = await t.b.page.locator(".spot").evaluateAll((els) => els.map((e) => (e.getAttribute("aria-label") ?? "").replace(/: \d+ events$/, "")));
    assert.deepEqual(pinned.filter((name) => countryLevel.has(name)), [], "no country is pinned as a circle");
    assert.ok(pinned.some((name) => towns.has(name)), "towns are still pinned");
    const shaded = await t.b.page.locator(".land path.country-level").evaluateAll((els) => els.map((e) => e.getAttribute("data-country")));
    for (const code of ["LBY", "RUS"]) assert.ok(shaded.includes(code), `${code} shaded: ${shaded.join(", ")}`);
    assert.ok(await assertLabelsLaidOut(t.b.page, "svg.map", ".spot-label") >= 5, "places labelled");
    const listed = await t.b.page.locator(".country-events button").allTextContents();
    assert.ok(listed.some((x) => x.startsWith("Libya (")) && listed.some((x) => x.startsWith("Russia (")), `listed apart: ${listed.join(", ")}`);
    // the shaded country is under the circles of its towns: open it from the keyboard
    await t.b.page.locator('.land path.country-level[data-country="LBY"]').press("Enter");
    assert.match((await t.b.page.locator(".map-detail h3").textContent()) ?? "", /^Libya — \d+ events$/);
    await t.b.page.locator('.country-events button[data-country="RUS"]').click();
    assert.match((await t.b.page.locator(".map-detail h3").textContent()) ?? "", /^Russia — \d+ events$/);
    await t.b.open("#/map?frame=world");
    assert.ok(await assertLabelsLaidOut(t.b.page, "svg.map", ".spot-label") >= 3, "places labelled on the world map");
    t.b.assertClean();
  });

  it("reader: each highlight covers exactly its word, accented ones too", async () => {
    const id = await accentedArticle();
    const view = await t.api<{ article: { text: string }; actors: { id: string; mentions: { start: number; end: number; text: string }[] }[]; places: { start: number; end: number; text: string }[] }>(`articles/${id}`);
    await t.b.open(`#/article/${encodeURIComponent(id)}`);
    // per character of the shown text: is it inside an actor highlight, a place highlight?
    const cover = await t.b.page.evaluate(() => {
      const out: { actor: boolean; place: boolean }[] = [];
      for (const node of document.querySelector(".article-text")!.childNodes) {
        const el = node instanceof HTMLElement ? node : null;
        const mark = { actor: !!el?.classList.contains("a-actor"), place: !!el?.classList.contains("a-place") };
        for (let i = 0; i < (node.textContent ?? "").length; i++) out.push(mark);
      }
      return out;
    });
    const text = view.article.text;
    assert.equal(cover.length, text.length, "the reader shows the article's text unchanged");
    const actorAt = new Set(view.actors.flatMap((a) => a.mentions.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k))));
    const words = [...view.actors.flatMap((a) => a.mentions).map((m) => ({ ...m, kind: "actor" as const })), ...view.places.map((p) => ({ ...p, kind: "place" as const }))];
    assert.ok(words.some((w) => /[^\x00-\x7f]/.test(w.text)), "some highlighted words are accented");
    for (const w of words) {
      const run = [...text.slice(w.start, w.end)].filter((_, k) => cover[w.start + k]?.[w.kind]).join("");
      assert.equal(run, w.text, `${w.kind} highlight of “${w.text}” covers the word`);
      const after = w.kind === "actor" ? actorAt.has(w.end) : view.places.some((p) => p.start === w.end);
      if (!after) assert.equal(cover[w.end]?.[w.kind] ?? false, false, `${w.kind} highlight of “${w.text}” stops at its end`);
      if (w.start > 0 && !(w.kind === "actor" ? actorAt.has(w.start - 1) : view.places.some((p) => p.end === w.start))) {
        assert.equal(cover[w.start - 1]?.[w.kind], false, `${w.kind} highlight of “${w.text}” starts at its start`);
      }
    }
    t.b.assertClean();
  });

  it("reader: clicking an actor whose id has spaces highlights each of its mentions", async () => {
    const id = await accentedArticle();
    const view = await t.api<{ actors: { id: string; mentions: { text: string }[] }[] }>(`articles/${id}`);
    const actor = view.actors.find((a) => a.id.includes(" "));
    assert.ok(actor, `an actor id with a space: ${view.actors.map((a) => a.id).join(", ")}`);
    await t.b.open(`#/article/${encodeURIComponent(id)}`);
    await t.b.page.locator(`.actor-list button[data-actor="${actor.id}"]`).click();
    const shown = (await t.b.page.locator(".article-text .hl").allTextContents()).join("|");
    assert.equal(shown, actor.mentions.map((m) => m.text).join("|"));
    t.b.assertClean();
  });

  it("reader: the selected sentence's highlights leave the last letter of every marked word visible", async () => {
    await t.b.open("#/events");
    await t.b.page.locator("a.event-link").nth(40).click();
    await t.b.page.waitForSelector(".a-sentence.sel");
    // the last letter of every highlighted segment followed by another segment, where a neighbour could paint over it
    const letters = await t.b.page.evaluate(() => [...document.querySelectorAll<HTMLElement>(".a-sentence.sel")].flatMap((el) => {
      const text = el.firstChild;
      const next = el.nextSibling;
      if (!(text instanceof Text) || !(next instanceof HTMLElement) || !/\p{L}$/u.test(text.data)) return [];
      const range = document.createRange();
      range.setStart(text, text.data.length - 1);
      range.setEnd(text, text.data.length);
      const r = range.getBoundingClientRect();
      return [{ letter: text.data.slice(-1), word: text.data.split(/\s+/).at(-1) ?? "", x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height }];
    }));
    assert.ok(letters.length >= 3, `${letters.length} segment ends measured`);
    const clip = (l: (typeof letters)[number]) => ({ x: Math.floor(l.x), y: Math.floor(l.y), width: Math.ceil(l.width) + 1, height: Math.ceil(l.height) });
    const shown = [];
    for (const l of letters) shown.push(await inkPixels(t.b.page, { ...clip(l), y: clip(l).y - await t.b.page.evaluate(() => window.scrollY) }));
    // the same letters with no sentence selected: nothing paints over them
    await t.b.page.evaluate(() => document.querySelectorAll(".sel").forEach((x) => x.classList.remove("sel")));
    for (const [i, l] of letters.entries()) {
      const plain = await inkPixels(t.b.page, { ...clip(l), y: clip(l).y - await t.b.page.evaluate(() => window.scrollY) });
      assert.ok(shown[i]! >= plain * 0.9, `the last letter of “${l.word}” shows ${shown[i]} dark pixels selected, ${plain} unselected`);
    }
    t.b.assertClean();
  });

  it("ceasefires: timeline labels lie inside the svg and none overlaps another", async () => {
    await post(BREACH);
    await t.b.open("#/ceasefires");
    const labels = await assertLabelsLaidOut(t.b.page, "svg.timeline", "text");
    assert.ok(labels >= 5, `${labels} labels`);
    t.b.assertClean();
  });
});
