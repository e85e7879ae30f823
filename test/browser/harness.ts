/** Builds the dashboard into a temp folder and drives chromium through playwright-core, collecting console errors and dialogs. */
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const WEB = join(import.meta.dirname, "..", "..", "web");

/** `vite build web` into `outDir`; returns the folder. */
export async function buildDashboard(outDir: string): Promise<string> {
  const { build } = await import("vite");
  await build({ root: WEB, configFile: join(WEB, "vite.config.ts"), logLevel: "error", build: { outDir, emptyOutDir: true } });
  return outDir;
}

export interface Browsing {
  readonly page: Page;
  readonly errors: string[];
  readonly dialogs: string[];
  /** goes to `hash` on the dashboard and waits until the view has rendered */
  open(hash: string): Promise<void>;
  /** fails with every console error or page error seen since the last call */
  assertClean(): void;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function launch(executablePath: string, profile: string, base: string): Promise<Browsing> {
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1,
  });
  const page = context.pages()[0] ?? await context.newPage();
  const errors: string[] = [], dialogs: string[] = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning" && /Content.Security.Policy|Trusted/i.test(m.text())) errors.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  return {
    page, errors, dialogs,
    async open(hash) {
      await page.goto(`${base}${hash}`);
      await page.waitForSelector('#view[data-ready]', { timeout: 20_000 });
      const state = await page.getAttribute("#view", "data-ready");
      if (state !== "1") throw new Error(`view ${hash} failed: ${await page.locator("#view").textContent()}`);
    },
    assertClean() {
      const seen = errors.splice(0);
      if (seen.length) throw new Error(`browser errors:\n${seen.join("\n")}`);
      if (dialogs.length) throw new Error(`dialogs fired:\n${dialogs.join("\n")}`);
    },
    close: () => context.close(),
  };
}
