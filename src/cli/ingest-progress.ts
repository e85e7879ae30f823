/**
 * The progress of `parley ingest` (and `watch`) on stderr: on a terminal a bar with done/total, rate and time left
 * (cli-progress redraws it), and problems printed above it; elsewhere (a log, a pipe) no bar, the problems one a
 * line, and one summary line at the end with the time taken and the rate.
 */
import { SingleBar } from "cli-progress";
import type { CliIo } from "./io.ts";
import { progressLine, summaryLine, type ProgressState } from "./progress-line.ts";

export interface IngestProgress {
  /** one more input read and coded (committed or not) */
  coded(): void;
  /** what became of one input once committed */
  outcome(kind: "stored" | "duplicate" | "failed"): void;
  /** a line for the person watching: above the bar on a terminal */
  note(line: string): void;
  /** stops the bar; off a terminal, prints the summary line */
  finish(): void;
}

/** `now` is the clock in milliseconds, passed in (performance.now by default). */
export function startProgress(io: CliIo, total: number | null, now: () => number = () => performance.now()): IngestProgress {
  const started = now();
  let done = 0, stored = 0, duplicate = 0, failed = 0;
  const state = (): ProgressState => ({ done, total, elapsedS: (now() - started) / 1000, stored, duplicate, failed });
  // forceRedraw: a note clears the bar's line, so each tick draws it again even when its words did not change
  const bar = io.isTTY
    ? new SingleBar({ format: () => progressLine(state()), stream: io.stderr, forceRedraw: true, clearOnComplete: false, hideCursor: false, fps: 10 })
    : null;
  bar?.start(total ?? 0, 0);
  let finished = false;
  return {
    coded() { done++; bar?.update(done); },
    outcome(kind) {
      if (kind === "stored") stored++; else if (kind === "duplicate") duplicate++; else failed++;
      bar?.update(done);
    },
    note(line) {
      io.stderr.write(bar ? `\r\x1b[2K${line}\n` : `${line}\n`);
      bar?.update(done);
    },
    finish() {
      if (finished) return;
      finished = true;
      if (bar) { bar.update(done); bar.stop(); }
      else io.stderr.write(`parley: ${summaryLine(state())}\n`);
    },
  };
}
