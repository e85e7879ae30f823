// A coding thread's entry point: the coder is TypeScript, so register tsx's loader first (as the store's threads do).
import { register } from "tsx/esm/api";

register();
await import("./code-thread.ts");
