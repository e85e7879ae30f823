/** `parley ceasefires [--country ISO3] [--json|--csv]`: one record per ceasefire, followed across articles. */
import type { Command } from "commander";
import { ceasefireRecords } from "../../ingest/ceasefire/load.ts";
import type { CeasefireRecord } from "../../ingest/ceasefire/record.ts";
import { toCsv, type Cell } from "../../store/export/csv.ts";
import { EXIT, fail, type CliIo } from "../io.ts";
import { openExisting } from "../open-existing.ts";
import { table } from "../table.ts";

const COLUMNS = ["id", "country", "parties", "mediators", "declared", "effective", "ended", "status", "timeline", "violation_days", "violations", "terms", "articles"] as const;

function row(r: CeasefireRecord): Cell[] {
  const names = (ps: CeasefireRecord["parties"]): string => ps.map((p) => p.name).join("; ");
  return [r.id, r.country, names(r.parties), names(r.mediators), r.declared, r.effective, r.ended, r.status,
    r.timeline.map((t) => `${t.date ?? "?"} ${t.status}`).join("; "), r.violations.length,
    r.violations.reduce((n, v) => n + v.count, 0), r.terms.join("; "), r.articles.join("; ")];
}

export function register(program: Command, io: CliIo): void {
  program
    .command("ceasefires")
    .description("ceasefire and truce records with parties, mediators, dates, status timeline and violations")
    .option("--db <path>", "SQLite file or postgres:// URL (default: $PARLEY_DB or ./parley.db)")
    .option("--country <iso3>", "only this country")
    .option("--json", "JSON array").option("--csv", "CSV with a header")
    .action(async (opts: { db?: string; country?: string; json?: boolean; csv?: boolean }) => {
      if (opts.country && !/^[A-Za-z]{3}$/.test(opts.country)) return fail(io, EXIT.badArgs, `ceasefires: --country takes an ISO alpha-3 code, not ${opts.country}`);
      const store = openExisting(opts.db, "ceasefires", io);
      if (!store) return;
      try {
        const records = await ceasefireRecords(store, opts.country ? { country: opts.country } : {});
        if (opts.json) io.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
        else if (opts.csv) io.stdout.write(toCsv(COLUMNS, records, row));
        else io.stdout.write(`${table(["country", "parties", "mediators", "declared", "effective", "status", "timeline", "violations"],
          records.map((r) => row(r)).map((c) => [c[1], c[2], c[3], c[4], c[5], c[7], c[8], c[10]].map((x) => (x === null || x === undefined ? "" : String(x)))), 48)}\n`);
      } finally {
        await store.close();
      }
    });
}
