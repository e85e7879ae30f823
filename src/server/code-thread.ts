/**
 * The body of a coding thread (code-pool.ts): builds its own coder once (ours, or with PETRARCH-format dictionaries)
 * and codes one article per message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createCoder } from "../coder.ts";
import { createDictionaryCoder } from "../dictionaries/create.ts";
import type { ArticleInput } from "../types.ts";
import type { CoderSpec } from "./code-pool.ts";

const port = parentPort;
if (!port) throw new Error("code-thread.ts runs only as a worker thread");
const spec = (workerData as { spec: CoderSpec }).spec;
const made = spec.dictionaries ? createDictionaryCoder(spec.dictionaries, spec.mode ?? "add") : null;
if (made && !made.ok) throw new Error(made.error.message);
const coder = made?.ok ? made.value.coder : createCoder();
// the world gazetteer loads on its first lookup: a thread is ready once it is loaded, so no article's time limit
// pays for it
coder.context.world?.lookup("");
port.postMessage({ ready: true });
port.on("message", (job: { id: number; input: ArticleInput }) => {
  port.postMessage({ id: job.id, result: coder.code(job.input) });
});
