// The worker thread's entry point: the writer is TypeScript, so register tsx's loader first (as bin/parley.mjs
// does for the main thread), then run it.
import { register } from "tsx/esm/api";

register();
await import("./writer-thread.ts");
