/**
 * Parley's public API: the CLI, the server, the worker and the tests all go through these few entry points.
 *
 * @example
 * import { createCoder } from "parley";
 * const coder = createCoder();
 * const result = coder.code({ id: "a1", text: "Russian Foreign Minister Sergei Lavrov met Haftar in Moscow on Monday.", date: "2020-01-15" });
 * if (result.ok) console.log(result.value.events);
 */
export { createCoder, DEFAULT_BUDGET_MS } from "./coder.ts";
export type { Coder, CoderOptions } from "./coder.ts";
export type * from "./types.ts";
export { inputSpan } from "./read/input-map.ts";
export { createParser, parseText, toConllu } from "./syntax/api.ts";
export type { Parser, ParsedText, ParsedSentence, ParsedWord } from "./syntax/api.ts";
