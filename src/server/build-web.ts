/**
 * Builds the dashboard on first serve when web/dist is missing (a fresh `npm ci` ships the sources, not the build):
 * `vite build` of the sources beside the folder, into a private folder renamed into place when done, so two
 * servers starting at once never serve a half-written build.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Result } from "../types.ts";

/**
 * The dashboard sources that build into `root`: its parent folder, when `root` is that folder's `dist` and the
 * parent holds the dashboard's index.html and vite.config.ts (web/dist ← web/). Null for any other folder.
 *
 * @example dashboardSources("/srv/parley/web/dist") === "/srv/parley/web"
 */
export function dashboardSources(root: string): string | null {
  const web = dirname(root);
  return basename(root) === "dist" && existsSync(join(web, "index.html")) && existsSync(join(web, "vite.config.ts")) ? web : null;
}

/**
 * Runs vite's build of `sources` into `outDir`. The build is written next to `outDir` and renamed into place;
 * if another process finished first, its build is kept.
 *
 * @example const built = await buildDashboard("/srv/parley/web", "/srv/parley/web/dist"); if (!built.ok) console.error(built.error.message);
 */
export async function buildDashboard(sources: string, outDir: string): Promise<Result<string>> {
  const scratch = `${outDir}.building-${process.pid}-${Date.now().toString(36)}`;
  try {
    const { build } = await import("vite");
    await build({ root: sources, configFile: join(sources, "vite.config.ts"), logLevel: "silent", build: { outDir: scratch, emptyOutDir: true } });
  } catch (e) {
    rmSync(scratch, { recursive: true, force: true });
    return { ok: false, error: { code: "dashboard_build", message: `could not build the dashboard from ${sources}: ${(e as Error).message}` } };
  }
  try {
    if (!existsSync(join(outDir, "index.html"))) {
      rmSync(outDir, { recursive: true, force: true });
      renameSync(scratch, outDir);
    }
  } catch (e) {
    if (!existsSync(join(outDir, "index.html"))) {
      return { ok: false, error: { code: "dashboard_build", message: `could not move the dashboard build into ${outDir}: ${(e as Error).message}` } };
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { ok: true, value: outDir };
}
