/** `parley parse FILE`: the article's sentences as CoNLL-U (our tokens, tags, dependency trees and entities). */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { readArticle } from "../../read/index.ts";
import { createParser, toConllu } from "../../syntax/api.ts";
import { EXIT, fail, type CliIo } from "../io.ts";

export function register(program: Command, io: CliIo): void {
  program
    .command("parse")
    .description("print an article's sentences as CoNLL-U: tokens, tags, dependency trees and named entities")
    .argument("<file>", "article file (text or HTML), or - for stdin")
    .action((file: string) => {
      let raw: string;
      try {
        raw = readFileSync(file === "-" ? 0 : file, "utf8");
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return fail(io, EXIT.badInput, `parse: ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder; give one article file" : (e as Error).message}`);
      }
      const parser = createParser();
      if (!parser.ok) return fail(io, EXIT.badInput, `parse: ${parser.error.message}`);
      const article = readArticle({ text: raw });
      if (!article.ok) return fail(io, EXIT.badInput, `parse: ${file}: ${article.error.message}`);
      io.stdout.write(toConllu(parser.value.parse(article.value.text)));
    });
}
