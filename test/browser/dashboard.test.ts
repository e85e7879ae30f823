/**
 * The dashboard in Debian's chromium (playwright-core): every view renders real data without console errors,
 * clicking an event opens its article at the highlighted sentence, and hostile article text runs nothing.
 * Screenshots of each view go to a temporary folder, or to $PARLEY_SCREENSHOTS (`npm run screenshots` refreshes
 * docs/screenshots/ this way), so a test run leaves the working tree as it was. Skips where /usr/bin/chromium (or
 * $PARLEY_CHROMIUM) is absent.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Fixture } from "../server/fixture.ts";
import type { Listening } from "../../src/server/listen.ts";
import type { Browsing } from "./harness.ts";
import { SKIP, openSession, type Session } from "./session.ts";
import type { StoredEvent } from "../../src/store/types.ts";
import { PUBLICATION_MARK, PUBLICATION_TITLE } from "../../web/src/date-mark.ts";

const SHOTS = process.env["PARLEY_SCREENSHOTS"] ?? join(tmpdir(), "parley-screenshots");

let session: Session, fx: Fixture, server: Listening, b: Browsing, editor: string;

describe("dashboard in chromium", { skip: SKIP, timeout: 240_000 }, () => {
  before(async () => {
    session = await openSession();
    ({ fx, server, b, editor } = session);
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => { await session?.close(); });

  const views: readonly [string, string, (count: (sel: string) => Promise<number>) => Promise<void>][] = [
    ["overview", "#/overview", async (n) => { assert.ok(await n("svg.chart rect.bar") > 3); assert.ok(await n("tr.event-row") > 3); }],
    ["events", "#/events?country=LBY", async (n) => assert.ok(await n("tr.event-row") > 10)],
    ["map", "#/map", async (n) => { assert.ok(await n(".land path") > 100); assert.ok(await n(".spot") > 2); }],
    ["network", "#/network", async (n) => { assert.ok(await n(".node") > 3); assert.ok(await n(".edge") > 2); }],
    ["ceasefires", "#/ceasefires", async (n) => { assert.ok(await n(".card") > 0); assert.ok(await n(".card .badge") > 0); assert.ok(await n(".evidence-link") > 0); }],
    ["articles", "#/articles", async (n) => assert.ok(await n("tr.article-row") >= 13)],
  ];
  for (const [name, hash, check] of views) {
    it(`renders ${name} with real data and no console errors`, async () => {
      await b.open(hash);
      await check((sel) => b.page.locator(sel).count());
      await b.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: name !== "events" });
      b.assertClean();
    });
  }

  it("map: clicking a place lists its events", async () => {
    await b.open("#/map");
    await b.page.locator(".spot").last().click();
    assert.ok(await b.page.locator(".map-detail tr.event-row").count() > 0);
    b.assertClean();
  });

  it("network: clicking an actor shows its ties", async () => {
    await b.open("#/network");
    await b.page.locator(".node").first().click();
    assert.ok(await b.page.locator(".ties li").count() > 0);
    await b.page.screenshot({ path: join(SHOTS, "network-selected.png") });
    b.assertClean();
  });

  it("clicking an event opens its article scrolled to the highlighted sentence", async () => {
    await b.open("#/events");
    const link = b.page.locator("a.event-link").nth(40);
    const evidence = (await link.getAttribute("title")) ?? "";
    await link.click();
    await b.page.waitForSelector('#view[data-ready="1"][data-view="article"]');
    await b.page.waitForSelector(".a-sentence.sel");
    const sel = b.page.locator(".a-sentence.sel");
    const text = (await sel.allTextContents()).join("");
    assert.ok(evidence.length > 0 && text.replace(/\s+/g, " ").includes(evidence.replace(/\s+/g, " ")), `“${evidence}” in “${text}”`);
    assert.ok(await sel.first().isVisible());
    const box = await sel.first().boundingBox();
    const viewport = b.page.viewportSize()!;
    assert.ok(box && box.y >= 0 && box.y < viewport.height, `sentence in view: ${JSON.stringify(box)}`);
    assert.equal(await b.page.locator(".event-list li.active").count(), 1);
    assert.match(b.page.url(), /#\/article\/[^?]+\?.*event=/);
    await b.page.screenshot({ path: join(SHOTS, "reader.png") });
    b.assertClean();
  });

  it("a ceasefire's evidence opens the article at the evidence", async () => {
    await b.open("#/ceasefires");
    const card = b.page.locator(".card").first();
    // an open <details> has open="" (falsy): test for the attribute's absence
    if ((await card.locator("details").first().getAttribute("open")) === null) await card.locator("details > summary").first().click();
    await card.locator("a.evidence-link").first().click();
    await b.page.waitForSelector('#view[data-ready="1"][data-view="article"]');
    assert.ok(await b.page.locator(".article-text").count() === 1);
    b.assertClean();
  });

  it("shows the hostile article as text and runs none of it", async () => {
    const payload = `<p>Observers said the truce held. <img src=x onerror="window.__pwned='img';alert(1)"> <script>window.__pwned='script'</script> <a href="javascript:window.__pwned='link'">click</a> <svg onload="window.__pwned='svg'"></svg></p>`;
    const res = await fx.app().request("/api/articles", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
      body: JSON.stringify({ html: payload, title: `<img src=x onerror="window.__pwned='title'"> <script>window.__pwned='title2'</script>`, date: "2019-11-30", source: "<b>javascript:alert(1)</b>" }) });
    assert.equal(res.status, 201, await res.text());
    for (const q of ["surrender", "Observers"]) {
      const hits = (await (await fx.app().request(`/api/articles?q=${q}`)).json()) as { items: { id: string; title: string | null }[] };
      const target = hits.items.find((h) => (h.title ?? "").includes("<"));
      assert.ok(target, `a hostile article matches ${q}`);
      await b.open(`#/article/${encodeURIComponent(target.id)}`);
      const title = (await b.page.locator(".article-title").textContent()) ?? "";
      assert.match(title, /<(script|img)/, "the markup in the title shows as text");
      assert.equal(await b.page.locator("#view img, #view script, #view iframe, #view form, #view [onerror], #view [onload]").count(), 0);
      const hrefs = await b.page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      assert.deepEqual(hrefs.filter((u) => !/^(https?:|#)/i.test(u) && !u.startsWith(server.url)), []);
      await b.page.locator(".article-text").hover();
      await b.page.waitForTimeout(200);
      assert.equal(await b.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
      assert.notEqual(await b.page.title(), "pwned");
      await b.page.screenshot({ path: join(SHOTS, q === "surrender" ? "hostile.png" : "hostile-posted.png"), fullPage: true });
      b.assertClean();
    }
    assert.deepEqual(b.dialogs, []);
  });

  it("marks an event dated only by its article's publication day, in the event list and in its article (issue 10)", async () => {
    // the events view's first page is the API's first page: the same order and size
    const page = await session.api<{ items: StoredEvent[] }>("events?limit=100");
    const published = page.items.filter((e) => e.date && e.date_from === "publication");
    const dated = page.items.filter((e) => e.date_from === "clause" || e.date_from === "sentence");
    assert.ok(published.length > 0 && dated.length > 0, "the examples have events of both kinds");
    await b.open("#/events");
    const marks = b.page.locator("tr.event-row .date-from-publication");
    assert.equal(await marks.count(), published.length);
    for (const e of [published[0]!, dated[0]!]) {
      const cell = b.page.locator(`tr.event-row[data-event="${e.id}"] td`).first();
      const mark = cell.locator(".date-from-publication");
      if (e.date_from !== "publication") { assert.equal(await mark.count(), 0, e.id); continue; }
      assert.equal(await mark.textContent(), PUBLICATION_MARK);
      assert.equal(await mark.getAttribute("title"), PUBLICATION_TITLE);
      assert.equal(await mark.evaluate((el) => el.children.length), 0, "the mark is text only");
      assert.ok(((await cell.textContent()) ?? "").startsWith(e.date!));
    }
    // the reader lists the article's own events: the same one carries the mark there
    const e = published[0]!;
    const m = e.mentions[0]!;
    await b.open(`#/article/${encodeURIComponent(m.article)}?event=${encodeURIComponent(m.event)}`);
    const item = b.page.locator(`.event-list li[data-event="${m.event}"] .date-from-publication`);
    assert.equal(await item.textContent(), PUBLICATION_MARK);
    assert.equal(await item.getAttribute("title"), PUBLICATION_TITLE);
    await b.page.screenshot({ path: join(SHOTS, "events-publication-dates.png") });
    // the filter bar's "Dated by" keeps only such events, every one marked
    const only = (await session.api<{ total: number }>("events?limit=1&date_from=publication")).total;
    assert.ok(only > published.length, "more of them than on the first page of all events");
    await b.open("#/events");
    await b.page.selectOption("#f-date_from", "publication");
    await b.page.locator("#filters button[type=submit]").click();
    await b.page.waitForFunction((n) => location.hash.includes("date_from=publication") && document.querySelector('#view[data-ready="1"]')
      && document.querySelectorAll("tr.event-row").length === n, Math.min(100, only));
    assert.equal(await b.page.locator("tr.event-row .date-from-publication").count(), Math.min(100, only));
    b.assertClean();
  });

  it("serves the page with a strict CSP", async () => {
    const res = await fetch(server.url);
    const csp = res.headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(csp, /unsafe/);
  });
});
