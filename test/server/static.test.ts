/**
 * `parley serve` after `npm ci`: web/dist is missing, so the dashboard is built on first serve from the sources
 * beside it (vite build), and served; a folder that is no dashboard's dist still answers "not built".
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { staticFiles } from "../../src/server/static.ts";
import { dashboardSources } from "../../src/server/build-web.ts";

const WEB = join(import.meta.dirname, "..", "..", "web");

/** The dashboard's sources without a build: links to web/'s files, so that imports resolve in this checkout. */
function unbuiltCheckout(): { dir: string; dist: string } {
  const dir = mkdtempSync(join(tmpdir(), "parley-unbuilt-"));
  const web = join(dir, "web");
  mkdirSync(web);
  // index.html is copied: vite names the page after its real path, which must lie inside the root
  for (const name of readdirSync(WEB).filter((n) => n !== "dist" && !n.includes(".timestamp-"))) {
    (name === "index.html" ? copyFileSync : symlinkSync)(join(WEB, name), join(web, name));
  }
  return { dir, dist: join(web, "dist") };
}

test("serve builds the dashboard on first request when web/dist is missing, then serves it", { timeout: 180_000 }, async () => {
  const { dir, dist } = unbuiltCheckout();
  try {
    assert.equal(existsSync(dist), false);
    const app = new Hono().get("*", staticFiles(dist));
    const [first, second] = await Promise.all([app.request("/"), app.request("/")]);
    for (const res of [first, second]) {
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.doesNotMatch(html, /not built/);
      assert.match(html, /<script type="module"[^>]* src="\/assets\/[^"]+\.js"/);
    }
    assert.equal(existsSync(join(dist, "index.html")), true);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await (await app.request("/")).text())?.[1] ?? "";
    const js = await app.request(script);
    assert.equal(js.status, 200);
    assert.match(js.headers.get("content-type") ?? "", /javascript/);
    assert.deepEqual(readdirSync(join(dir, "web")).filter((n) => n.includes(".building-")), [], "no build folder left behind");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a folder that is no dashboard's dist is not built and answers 'not built'", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-nodash-"));
  try {
    assert.equal(dashboardSources(join(dir, "dist")), null);
    assert.equal(dashboardSources(join(WEB, "dist")), WEB);
    const res = await new Hono().get("*", staticFiles(join(dir, "dist"))).request("/");
    assert.equal(res.status, 503);
    assert.match(await res.text(), /dashboard is not built/);
    assert.deepEqual(readdirSync(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
