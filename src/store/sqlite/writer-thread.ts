/**
 * The body of the background writer (writer.ts): a worker thread with its own connection that stores groups of
 * articles, each group in one transaction, and answers with their outcomes. A failing group is answered with its
 * error and rolled back whole.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ArticleRecord } from "../types.ts";
import { connect } from "./connection.ts";
import { makeWriter } from "./write.ts";
import { describeFailure } from "./failure.ts";

interface Job {
  readonly id: number;
  readonly records: readonly ArticleRecord[];
}

const port = parentPort;
if (!port) throw new Error("writer-thread.ts runs only as a worker thread");
const path = (workerData as { path: string }).path;
const db = connect(path);
const put = makeWriter(db);
const putMany = db.transaction((records: readonly ArticleRecord[]) => records.map((r) => put(r)));
port.on("message", (job: Job | "close") => {
  if (job === "close") {
    db.close();
    port.close();
    return;
  }
  try {
    port.postMessage({ id: job.id, outcomes: putMany.immediate(job.records) });
  } catch (e) {
    // a full disk or read-only file says so (failure.ts); a bug keeps its own message
    const code = (e as { code?: unknown }).code;
    port.postMessage({ id: job.id, error: code ? describeFailure(e, path, "store") : e instanceof Error ? e.message : String(e) });
  }
});
