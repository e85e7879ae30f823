/**
 * PostgreSQL failures of a write a person can act on, said as what happened and what to do: the connection lost
 * (a server restart, a dropped network), a full disk, a read-only server. Anything else (a bug, a bad record) keeps
 * its own error. The transaction was rolled back in every case, so nothing of the group is kept.
 */
const KEPT = "Nothing of the articles being stored was kept; those reported stored before are.";

/** `doing`: "store" for a write (its transaction rolled back), "read" for a query of ingest's duplicate checks. */
export function storeFailure(e: unknown, label: string, doing: "store" | "read" = "store"): unknown {
  const code = String((e as { code?: unknown }).code ?? "");
  const message = e instanceof Error ? e.message || code : String(e);
  const wrap = (text: string): Error => Object.assign(new Error(text), { code, cause: e });
  const lost = code.startsWith("08") || /^57P0[123]$/.test(code) || /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT)$/.test(code)
    // pg's word for a query sent on a client whose connection already broke (the drop landed between two queries)
    || /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message);
  if (lost) {
    return wrap(`the connection to the PostgreSQL store at ${label} was lost while ${doing === "store" ? "storing" : "reading"} articles ` +
      `(${message}). ${doing === "store" ? `${KEPT} ` : ""}When the server answers again, run the ingest again: stored articles are skipped.`);
  }
  if (code === "53100") return wrap(`the PostgreSQL server of ${label} is out of disk space (${message}). ${KEPT} Free space on the server, then run the ingest again.`);
  if (code === "25006") {
    return wrap(`the PostgreSQL store at ${label} is read-only (${message}): a standby, or default_transaction_read_only. ${KEPT} ` +
      "Connect to the primary or make the database writable, then run the ingest again.");
  }
  return e;
}
