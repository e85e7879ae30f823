/** `parley events [filters] [--json|--csv]`: stored events, each with the articles and sources reporting it. */
import type { Command } from "commander";
import type { EventFilter } from "../../store/types.ts";
import { toCsv } from "../../store/export/csv.ts";
import { EVENT_COLUMNS, eventRow } from "../../store/export/events.ts";
import { EXIT, fail, type CliIo } from "../io.ts";
import { openExisting } from "../open-existing.ts";
import { table } from "../table.ts";
import { count } from "../plural.ts";
import { DATE_SOURCES, asDateSource } from "../../store/date-source.ts";

interface EventsOptions {
  db?: string; json?: boolean; csv?: boolean; country?: string; actor?: string; from?: string; to?: string;
  cameo?: string; plover?: string; acled?: string; text?: string; limit?: string; dateFrom?: string;
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real day. */
function isIsoDay(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? "1"), Number(m[3] ?? "1")];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The filter named by the options, or a message saying which option is wrong. */
export function eventFilter(o: EventsOptions): EventFilter | string {
  if (o.from && !isIsoDay(o.from)) return `--from takes YYYY-MM-DD, not ${o.from}`;
  if (o.to && !isIsoDay(o.to)) return `--to takes YYYY-MM-DD, not ${o.to}`;
  if (o.cameo && !/^\d{2,4}$/.test(o.cameo)) return `--cameo takes a CAMEO code or prefix (2-4 digits), not ${o.cameo}`;
  const limit = o.limit === undefined ? undefined : Number(o.limit);
  if (limit !== undefined && !(limit > 0)) return "--limit takes a positive number";
  const dateFrom = o.dateFrom === undefined ? null : asDateSource(o.dateFrom);
  if (o.dateFrom !== undefined && !dateFrom) return `--date-from is one of ${DATE_SOURCES.join(", ")}, not ${o.dateFrom}`;
  return {
    ...(dateFrom ? { date_from: dateFrom } : {}),
    ...(o.country ? { country: o.country } : {}), ...(o.actor ? { actor: o.actor } : {}),
    ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}), ...(o.cameo ? { cameo: o.cameo } : {}),
    ...(o.plover ? { plover: o.plover } : {}), ...(o.acled ? { acled: o.acled } : {}), ...(o.text ? { text: o.text } : {}),
    ...(limit ? { limit } : {}),
  };
}

export function register(program: Command, io: CliIo): void {
  program
    .command("events")
    .description("list stored events (merged across articles) with their sources")
    .option("--db <path>", "SQLite file or postgres:// URL (default: $PARLEY_DB or ./parley.db)")
    .option("--json", "JSON array").option("--csv", "CSV with a header")
    .option("--country <iso3>", "location or actor country").option("--actor <code|name>", "actor code prefix or name")
    .option("--from <date>", "on or after").option("--to <date>", "on or before")
    .option("--cameo <code>", "CAMEO code or prefix").option("--plover <type>", "PLOVER event type")
    .option("--acled <type>", "ACLED event or sub-event type").option("--text <words>", "words in the reporting articles")
    .option("--date-from <source>", `where the date came from: ${DATE_SOURCES.join(" | ")}`)
    .option("--limit <n>", "at most this many")
    .action(async (opts: EventsOptions) => {
      const filter = eventFilter(opts);
      if (typeof filter === "string") return fail(io, EXIT.badArgs, `events: ${filter}`);
      const store = openExisting(opts.db, "events", io);
      if (!store) return;
      try {
        const events = await store.events(filter);
        if (opts.json) io.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
        else if (opts.csv) io.stdout.write(toCsv(EVENT_COLUMNS, events, eventRow));
        else {
          const names = (refs: readonly { name: string; code: string }[]): string => refs.map((r) => `${r.name} (${r.code})`).join(", ");
          // a day that is only the publication date is marked, and the mark explained under the table
          const marked = events.some((e) => e.date && e.date_from === "publication");
          io.stdout.write(`${table(["date", "cameo", "plover", "source", "target", "location", "articles", "sources", "trigger"],
            events.map((e) => [`${e.date ?? ""}${e.date && e.date_from === "publication" ? " ≈" : ""}`, e.cameo, e.plover ?? "", names(e.source), names(e.target),
              e.location?.name ?? "", String(e.num_articles), String(e.num_sources), e.trigger]), 32)}\n${count(events.length, "event")}${marked ? "; ≈ the publication date (the text gives none)" : ""}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
