/**
 * Every `parley` command: its name, arguments and one-line summary (what `parley --help` lists), and how to load
 * its module. Only the module of the command being run is loaded, so `parley --help` or `parley events` never
 * load the coder, its dictionaries or a database driver they do not use.
 */
import type { Command } from "commander";
import type { CliIo } from "./io.ts";

export interface CommandModule {
  register(program: Command, io: CliIo): void;
}

export interface CommandEntry {
  readonly name: string;
  /** the arguments as the command declares them, for the listing */
  readonly args: string;
  /** the same words as the command's own `.description(…)` (test/cli/commands.test.ts checks they agree) */
  readonly summary: string;
  readonly load: () => Promise<CommandModule>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: "code", args: "[file]", summary: "code one article (text, Markdown-ish or HTML) or a JSONL batch into actors, events, quotes and ceasefires", load: () => import("./commands/code.ts") },
  { name: "parse", args: "<file>", summary: "print an article's sentences as CoNLL-U: tokens, tags, dependency trees and named entities", load: () => import("./commands/parse.ts") },
  { name: "eval", args: "<gold...>", summary: "code the gold records and print the figures the reference scorer computes on the same files", load: () => import("./commands/eval.ts") },
  { name: "eval-real", args: "", summary: "code our annotated real articles and print event precision, recall, facts found and refusals coded as the act", load: () => import("./commands/eval-real.ts") },
  { name: "eval-parse", args: "", summary: "score sentence split, tokens, tags and dependency trees from raw text on the UD English treebanks", load: () => import("./commands/eval-parse.ts") },
  { name: "ingest", args: "<paths...>", summary: "store articles (files, folders, JSONL batches, RSS/Atom feeds, URLs) with their coding; idempotent", load: () => import("./commands/ingest.ts") },
  { name: "worker", args: "", summary: "code and store the articles queued by `parley ingest --queue`, until stopped (SIGINT/SIGTERM)", load: () => import("./commands/worker.ts") },
  { name: "watch", args: "<feeds...>", summary: "poll RSS/Atom feeds (URLs or files) on an interval and ingest new articles", load: () => import("./commands/watch.ts") },
  { name: "events", args: "", summary: "list stored events (merged across articles) with their sources", load: () => import("./commands/events.ts") },
  { name: "actors", args: "", summary: "list actors named in stored articles, most reported first", load: () => import("./commands/actors.ts") },
  { name: "ceasefires", args: "", summary: "ceasefire and truce records with parties, mediators, dates, status timeline and violations", load: () => import("./commands/ceasefires.ts") },
  { name: "export", args: "", summary: "write every stored event as JSONL, CSV, GDELT-style TSV or ACLED-style CSV", load: () => import("./commands/export.ts") },
  { name: "serve", args: "", summary: "serve the JSON API under /api/ (OpenAPI at /api/openapi.json) and the dashboard at /", load: () => import("./commands/serve.ts") },
  { name: "token", args: "", summary: "API bearer tokens (stored as SHA-256 hashes next to the database)", load: () => import("./commands/token.ts") },
  { name: "dictionaries", args: "", summary: "check or convert PETRARCH/TABARI-format dictionaries", load: () => import("./commands/dictionaries.ts") },
];

/**
 * The command an argument list runs: its first word that is not an option (`parley help X` runs X's help).
 *
 * @example invokedCommand(["events", "--json"]) === "events"
 * @example invokedCommand(["help", "ingest"]) === "ingest"
 */
export function invokedCommand(argv: readonly string[]): string | undefined {
  const words = argv.filter((a) => !a.startsWith("-"));
  return words[0] === "help" ? words[1] : words[0];
}
