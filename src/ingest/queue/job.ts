/** What travels through the queue: one article input and where it came from; back comes what became of it. */
import type { ArticleInput } from "../../types.ts";
import type { ItemOutcome } from "../run.ts";

export interface IngestJob {
  readonly input: ArticleInput;
  readonly origin: string;
}

/** a job's result: the outcome of storing its article (JSON, as Redis keeps it) */
export type IngestJobResult = ItemOutcome;
