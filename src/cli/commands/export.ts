/** `parley export --format jsonl|csv|gdelt|acled`: every stored event, in the columns those datasets' users expect. */
import type { Command } from "commander";
import { loadKnowledgeBase } from "../../actors/kb/load.ts";
import type { Store, StoredEvent } from "../../store/types.ts";
import { csvRow } from "../../store/export/csv.ts";
import { EVENT_COLUMNS, eventRow } from "../../store/export/events.ts";
import { GDELT_COLUMNS, gdeltRow } from "../../store/export/gdelt.ts";
import { ACLED_COLUMNS, acledRow } from "../../store/export/acled.ts";
import { acledLeftOut, LEFT_OUT, type LeftOutReason } from "../../store/export/acled-rule.ts";
import { sentenceAround } from "../../store/export/sentence.ts";
import { EXIT, fail, type CliIo } from "../io.ts";
import { openExisting } from "../open-existing.ts";
import { count } from "../plural.ts";

const FORMATS = ["jsonl", "csv", "gdelt", "acled"] as const;
type Format = (typeof FORMATS)[number];

/** Country names for ACLED's `country` column, from the actor knowledge base. */
function countryNames(): (iso3: string) => string | undefined {
  const kb = loadKnowledgeBase();
  return (iso3) => kb.country(iso3)?.name;
}

/** The whole sentence of each mention of each event, read from the stored articles (each article read once). */
async function mentionSentences(store: Store, events: readonly StoredEvent[]): Promise<Map<string, string[]>> {
  const texts = new Map<string, string | null>();
  const out = new Map<string, string[]>();
  for (const e of events) {
    const sentences: string[] = [];
    for (const m of e.mentions) {
      if (!texts.has(m.article)) texts.set(m.article, (await store.getArticle(m.article))?.text ?? null);
      const text = texts.get(m.article);
      sentences.push(text ? sentenceAround(text, m.span) : m.text);
    }
    out.set(e.id, sentences);
  }
  return out;
}

/**
 * The lines of one export, header first where the format has one. For ACLED, `sentences` gives each event's
 * whole sentences (notes, fatalities) and `leftOut` hears of each event the file does not hold.
 */
export function* exportLines(events: readonly StoredEvent[], format: Format, countryName: (iso3: string) => string | undefined = () => undefined,
  sentences: ReadonlyMap<string, readonly string[]> = new Map(), leftOut: (reason: LeftOutReason) => void = () => {}): Generator<string> {
  if (format === "jsonl") { for (const e of events) yield `${JSON.stringify(e)}\n`; return; }
  if (format === "csv") { yield `${csvRow(EVENT_COLUMNS)}\n`; for (const e of events) yield `${csvRow(eventRow(e))}\n`; return; }
  if (format === "gdelt") { yield `${csvRow(GDELT_COLUMNS, "\t")}\n`; for (const e of events) yield `${csvRow(gdeltRow(e), "\t")}\n`; return; }
  yield `${csvRow(ACLED_COLUMNS)}\n`;
  for (const e of events) {
    const why = acledLeftOut(e);
    if (why) leftOut(why);
    else yield `${csvRow(acledRow(e, countryName, sentences.get(e.id)))}\n`;
  }
}

/** "parley: export: 3 of 10 events are not in the ACLED file: 2 have no ACLED type (…), 1 is negated (…); …" */
export function leftOutLine(total: number, reasons: ReadonlyMap<LeftOutReason, number>): string | null {
  const n = [...reasons.values()].reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const parts = (Object.keys(LEFT_OUT) as LeftOutReason[]).flatMap((why) => {
    const k = reasons.get(why) ?? 0;
    return k ? [`${k} ${k === 1 ? LEFT_OUT[why].one : LEFT_OUT[why].many}`] : [];
  });
  return `export: ${n} of ${count(total, "event")} ${n === 1 ? "is" : "are"} not in the ACLED file: ${parts.join(", ")}; --format csv or jsonl has every event`;
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
        const acled = format === "acled";
        const names = acled ? countryNames() : undefined;
        const sentences = acled ? await mentionSentences(store, events.filter((e) => !acledLeftOut(e))) : new Map<string, string[]>();
        const reasons = new Map<LeftOutReason, number>();
        const leftOut = (why: LeftOutReason): void => { reasons.set(why, (reasons.get(why) ?? 0) + 1); };
        // a reader that stops early (`| head`) closes the pipe: stop writing, it is not an error
        let closed = false;
        const onError = (): void => { closed = true; };
        io.stdout.on("error", onError);
        for (const line of exportLines(events, format, names, sentences, leftOut)) {
          if (closed) break;
          if (!io.stdout.write(line)) await new Promise((r) => { io.stdout.once("drain", r); io.stdout.once("error", r); });
        }
        io.stdout.off("error", onError);
        const line = closed ? null : leftOutLine(events.length, reasons);
        if (line) io.stderr.write(`parley: ${line}\n`);
      } finally {
        await store.close();
      }
    });
}
