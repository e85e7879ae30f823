/**
 * The body of a reader thread (readers.ts): its own connection to the database, answering read operations by name
 * (reads.ts). A failing read is answered with its error message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { connect } from "./connection.ts";
import { readOps, type ReadOp } from "./reads.ts";

interface Job {
  readonly id: number;
  readonly op: ReadOp;
  readonly args: readonly unknown[];
}

const port = parentPort;
if (!port) throw new Error("reader-thread.ts runs only as a worker thread");
const db = connect((workerData as { path: string }).path);
const ops = readOps(db);
port.on("message", (job: Job | "close") => {
  if (job === "close") {
    db.close();
    port.close();
    return;
  }
  try {
    const fn = ops[job.op] as (...args: readonly unknown[]) => unknown;
    port.postMessage({ id: job.id, value: fn(...job.args) });
  } catch (e) {
    port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
