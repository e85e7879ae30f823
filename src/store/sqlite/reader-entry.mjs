// A reader thread's entry point: the reader is TypeScript, so register tsx's loader first (as writer-entry.mjs does).
import { register } from "tsx/esm/api";

register();
await import("./reader-thread.ts");
