/**
 * `parley dictionaries check DIR`: loads PETRARCH/TABARI-format dictionaries, prints the entries per file and
 * every problem as FILE:LINE: message (exit 1 when there is any). `parley dictionaries convert DIR --out OUT`:
 * writes them in our own TSV formats.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Command } from "commander";
import { loadDictionaries } from "../../dictionaries/index.ts";
import { actorRecords, agentRecords } from "../../dictionaries/convert-kb.ts";
import { toOurTsv } from "../../dictionaries/convert-tsv.ts";
import { EXIT, fail, type CliIo } from "../io.ts";
import { count, countNamed } from "../plural.ts";

export function register(program: Command, io: CliIo): void {
  const dict = program.command("dictionaries").description("check or convert PETRARCH/TABARI-format dictionaries");
  dict
    .command("check")
    .description("load the dictionaries of DIR; print counts per file and every problem as FILE:LINE: message")
    .argument("<dir>", "folder of *.actors.txt, *.agents.txt, *verb*.txt, *.discards.txt files")
    .option("--json", "print counts and problems as JSON")
    .action((dir: string, opts: { json?: boolean }) => {
      const r = loadDictionaries(dir, "replace");
      if (!r.ok) return fail(io, EXIT.badArgs, `dictionaries: ${r.error.message}`);
      const { parsed, problems, patterns } = r.value;
      if (opts.json) {
        io.stdout.write(`${JSON.stringify({ counts: parsed.counts, compiled_patterns: patterns.length, skipped: parsed.skipped, problems }, null, 2)}\n`);
      } else {
        for (const [file, counts] of Object.entries(parsed.counts)) {
          io.stdout.write(`${file}: ${Object.entries(counts).map(([k, v]) => countNamed(v, k)).join(", ")}\n`);
        }
        io.stdout.write(`compiled verb patterns: ${patterns.length}\n`);
        for (const s of parsed.skipped) io.stdout.write(`${s}: not a dictionary we read (skipped)\n`);
        for (const p of problems) io.stderr.write(`${p}\n`);
        io.stdout.write(`${count(problems.length, "problem")}\n`);
      }
      if (problems.length) process.exitCode = Math.max(Number(process.exitCode ?? 0), EXIT.badInput);
    });
  dict
    .command("convert")
    .description("write the dictionaries of DIR in our own TSV formats (actors/*.tsv, verbs/patterns/imported.tsv)")
    .argument("<dir>", "folder of PETRARCH-format dictionaries")
    .requiredOption("--out <outdir>", "folder to write into")
    .action((dir: string, opts: { out: string }) => {
      const r = loadDictionaries(dir, "replace");
      if (!r.ok) return fail(io, EXIT.badArgs, `dictionaries: ${r.error.message}`);
      const { parsed, patterns, problems } = r.value;
      const records = [...parsed.actors.flatMap((f) => actorRecords(f.items, f.file)), ...parsed.agents.flatMap((f) => agentRecords(f.items, f.file))];
      const out = toOurTsv(records, patterns);
      for (const [name, content] of Object.entries(out.files)) {
        const path = join(opts.out, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
        io.stdout.write(`wrote ${path} (${count(content.split("\n").length - 2, "line")})\n`);
      }
      for (const [why, n] of Object.entries(out.skipped)) if (n) io.stdout.write(`${count(n, why)}\n`);
      for (const p of problems) io.stderr.write(`${p}\n`);
      if (problems.length) process.exitCode = Math.max(Number(process.exitCode ?? 0), EXIT.badInput);
    });
}
