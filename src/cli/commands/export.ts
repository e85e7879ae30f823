/** `parley export --format jsonl|csv|gdelt|acled`: every stored event, in the columns those datasets' users expect. */
import type { Command } from "commander";
import { createCoder } from "../../coder.ts";
import type { StoredEvent } from "../../store/types.ts";
import { csvRow } from "../../store/export/csv.ts";
import { EVENT_COLUMNS, eventRow } from "../../store/export/events.ts";
import { GDELT_COLUMNS, gdeltRow } from "../../store/export/gdelt.ts";
import { ACLED_COLUMNS, acledRow } from "../../store/export/acled.ts";
import { EXIT, fail, type CliIo } from "../io.ts";
import { openExisting } from "../open-existing.ts";

const FORMATS = ["jsonl", "csv", "gdelt", "acled"] as const;
type Format = (typeof FORMATS)[number];

/** Country names for ACLED's `country` column, from the coder's knowledge base; ISO codes when it cannot load. */
function countryNames(): (iso3: string) => string | undefined {
  try {
    const kb = createCoder().context.kb;
    return (iso3) => kb.country(iso3)?.name;
  } catch {
    return () => undefined;
  }
}

/** The lines of one export, header first where the format has one. */
export function* exportLines(events: readonly StoredEvent[], format: Format, countryName: (iso3: string) => string | undefined = () => undefined): Generator<string> {
  if (format === "jsonl") { for (const e of events) yield `${JSON.stringify(e)}\n`; return; }
  if (format === "csv") { yield `${csvRow(EVENT_COLUMNS)}\n`; for (const e of events) yield `${csvRow(eventRow(e))}\n`; return; }
  if (format === "gdelt") { yield `${csvRow(GDELT_COLUMNS, "\t")}\n`; for (const e of events) yield `${csvRow(gdeltRow(e), "\t")}\n`; return; }
  yield `${csvRow(ACLED_COLUMNS)}\n`;
  for (const e of events) if (e.acled && !e.negated) yield `${csvRow(acledRow(e, countryName))}\n`;
}

export function register(program: Command, io: CliIo): void {
  program
    .command("export")
    .description("write every stored event as JSONL, CSV, GDELT-style TSV or ACLED-style CSV")
    .option("--db <path>", "SQLite file or postgres:// URL (default: $PARLEY_DB or ./parley.db)")
    .option("--format <format>", "jsonl | csv | gdelt | acled", "jsonl")
    .action(async (opts: { db?: string; format: string }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) return fail(io, EXIT.badArgs, `export: --format is one of ${FORMATS.join(", ")}, not ${opts.format}`);
      const format = opts.format as Format;
      const store = openExisting(opts.db, "export", io);
      if (!store) return;
      try {
        const events = await store.events();
        const names = format === "acled" ? countryNames() : undefined;
        // a reader that stops early (`| head`) closes the pipe: stop writing, it is not an error
        let closed = false;
        const onError = (): void => { closed = true; };
        io.stdout.on("error", onError);
        for (const line of exportLines(events, format, names)) {
          if (closed) break;
          if (!io.stdout.write(line)) await new Promise((r) => { io.stdout.once("drain", r); io.stdout.once("error", r); });
        }
        io.stdout.off("error", onError);
      } finally {
        await store.close();
      }
    });
}
