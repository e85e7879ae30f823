/**
 * SQLite failures a person can act on, said as what happened and what to do. better-sqlite3 throws errors with a
 * `code` (SQLITE_FULL, SQLITE_READONLY_…, SQLITE_IOERR_…); these keep the code and replace the bare message.
 */

/** The message for a failed write (or open) of the database at `path`; other errors keep their own message. */
export function describeFailure(e: unknown, path: string, doing: "open" | "store"): string {
  const code = String((e as { code?: unknown }).code ?? "");
  const message = e instanceof Error ? e.message : String(e);
  const kept = doing === "store" ? " Nothing of the articles being stored was kept; those reported stored before are." : "";
  if (code === "SQLITE_FULL") {
    return `the disk holding ${path} is full (${code}).${kept} Free space or move the database, then run the ingest again: stored articles are skipped.`;
  }
  if (code.startsWith("SQLITE_READONLY") || (code.startsWith("SQLITE_CANTOPEN") && doing === "open")) {
    return `cannot ${doing === "open" ? "open" : "write"} ${path} (${code}: ${message}): the database or its folder is read-only ` +
      `(a read-only mount or file permissions). SQLite writes the file and its -wal and -shm files beside it: make them writable, or use another --db.`;
  }
  if (code.startsWith("SQLITE_IOERR")) {
    return `reading or writing ${path} failed (${code}: ${message}): the disk may be full, failing or gone.${kept} Check the disk, then run again.`;
  }
  if (code === "SQLITE_BUSY") {
    return `${path} stayed locked by another process for over 5 s (${code}).${kept} Wait for the other writer to finish, then run again.`;
  }
  if (code === "SQLITE_CORRUPT" || code === "SQLITE_NOTADB") {
    return `${path} is damaged or not a Parley database (${code}: ${message}). Restore it from a backup, or use another --db.`;
  }
  return doing === "open" ? `cannot open database ${path}: ${message}` : message;
}

/** An Error with the described message and the original code, for rethrowing a failed write. */
export function storeFailure(e: unknown, path: string): Error {
  const err = new Error(describeFailure(e, path, "store"));
  (err as Error & { code?: unknown }).code = (e as { code?: unknown }).code;
  return err;
}
