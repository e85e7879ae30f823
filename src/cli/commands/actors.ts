/** `parley actors [--country ISO3] [--name WORD] [--json|--csv]`: actors across all stored articles. */
import type { Command } from "commander";
import type { StoredActor } from "../../store/types.ts";
import { toCsv } from "../../store/export/csv.ts";
import { EXIT, fail, type CliIo } from "../io.ts";
import { openExisting } from "../open-existing.ts";
import { table } from "../table.ts";

const COLUMNS = ["key", "name", "code", "kind", "country", "num_articles", "num_mentions", "first_seen", "last_seen"] as const;

export function register(program: Command, io: CliIo): void {
  program
    .command("actors")
    .description("list actors named in stored articles, most reported first")
    .option("--db <path>", "SQLite file or postgres:// URL (default: $PARLEY_DB or ./parley.db)")
    .option("--json", "JSON array").option("--csv", "CSV with a header")
    .option("--country <iso3>", "actor country").option("--name <word>", "part of the name, or a code prefix")
    .option("--limit <n>", "at most this many")
    .action(async (opts: { db?: string; json?: boolean; csv?: boolean; country?: string; name?: string; limit?: string }) => {
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && !(limit > 0)) return fail(io, EXIT.badArgs, "actors: --limit takes a positive number");
      const store = openExisting(opts.db, "actors", io);
      if (!store) return;
      try {
        const actors = await store.actors({ ...(opts.country ? { country: opts.country } : {}), ...(opts.name ? { name: opts.name } : {}), ...(limit ? { limit } : {}) });
        if (opts.json) io.stdout.write(`${JSON.stringify(actors, null, 2)}\n`);
        else if (opts.csv) io.stdout.write(toCsv(COLUMNS, actors, (a: StoredActor) => COLUMNS.map((c) => a[c])));
        else io.stdout.write(`${table(["name", "code", "kind", "country", "articles", "mentions", "first", "last"],
          actors.map((a) => [a.name, a.code, a.kind, a.country ?? "", String(a.num_articles), String(a.num_mentions), a.first_seen ?? "", a.last_seen ?? ""]))}\n`);
      } finally {
        await store.close();
      }
    });
}
