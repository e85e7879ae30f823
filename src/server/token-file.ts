/** The token file's permissions: owner-only, since whoever reads the hashes can list and revoke ids. */
import { chmodSync, closeSync, existsSync, openSync, statSync } from "node:fs";

const OWNER_ONLY = 0o600;

/**
 * Creates `path` (and leaves SQLite's `-wal` and `-shm` beside it) with mode 0600, or tightens them to 0600 where
 * they are open to group or others. Returns a sentence naming what was tightened, or null when nothing was.
 *
 * @example const note = secureTokenFile("./parley.db.tokens"); if (note) console.warn(note);
 */
export function secureTokenFile(path: string): string | null {
  try {
    closeSync(openSync(path, "wx", OWNER_ONLY));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  const loose: string[] = [];
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (!existsSync(file)) continue;
    const mode = statSync(file).mode & 0o777;
    if ((mode & 0o077) === 0) continue;
    chmodSync(file, OWNER_ONLY);
    loose.push(`${file} (was ${mode.toString(8).padStart(4, "0")})`);
  }
  return loose.length ? `token file open to other users, now 0600: ${loose.join(", ")}` : null;
}
