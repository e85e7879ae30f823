/**
 * The words of the ingest progress bar and of the summary line printed instead when stderr is not a terminal:
 * done out of total, rate, time left, and what became of the articles. Pure: the caller reads the clock.
 */
import { count } from "./plural.ts";

export interface ProgressState {
  /** inputs read and coded so far */
  readonly done: number;
  /** inputs the sources hold, or null when they cannot be counted first (stdin, URLs) */
  readonly total: number | null;
  readonly elapsedS: number;
  readonly stored: number;
  readonly duplicate: number;
  readonly failed: number;
}

const BAR_WIDTH = 24;
/** below this much time or work the rate is noise */
const MIN_ELAPSED_S = 0.5;

/** @example duration(9.4) === "9 s"; duration(125) === "2 min 5 s"; duration(3780) === "1 h 3 min" */
export function duration(s: number): string {
  const t = Math.round(s);
  if (t < 60) return `${t} s`;
  if (t < 3600) return `${Math.floor(t / 60)} min${t % 60 ? ` ${t % 60} s` : ""}`;
  const m = Math.round((t % 3600) / 60);
  return `${Math.floor(t / 3600)} h${m ? ` ${m} min` : ""}`;
}

/** Articles per second, one decimal below 10. */
export function rate(done: number, elapsedS: number): number | null {
  if (elapsedS < MIN_ELAPSED_S || done === 0) return null;
  const r = done / elapsedS;
  return r < 10 ? Math.round(r * 10) / 10 : Math.round(r);
}

/**
 * @example progressLine({ done: 12, total: 40, elapsedS: 4, stored: 10, duplicate: 1, failed: 1 })
 *   === "ingest [███████░░░░░░░░░░░░░░░░░] 12/40 articles · 3/s · 9 s left · 10 new, 1 duplicate, 1 failed"
 */
export function progressLine(p: ProgressState): string {
  const r = rate(p.done, p.elapsedS);
  const outcomes = `${p.stored} new, ${p.duplicate} duplicate, ${p.failed} failed`;
  if (p.total === null) return `ingest ${count(p.done, "article")} · ${r === null ? "…" : `${r}/s`} · ${outcomes}`;
  const total = Math.max(p.total, p.done);
  const filled = total === 0 ? BAR_WIDTH : Math.round((p.done / total) * BAR_WIDTH);
  const bar = `[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}]`;
  const left = r === null ? "…" : `${duration((total - p.done) / r)} left`;
  return `ingest ${bar} ${p.done}/${count(total, "article")} · ${r === null ? "…" : `${r}/s`} · ${left} · ${outcomes}`;
}

/** @example summaryLine({ done: 40, …, elapsedS: 12.9 }) === "ingest: 40 articles in 13 s (3.1/s); 38 new, 1 duplicate, 1 failed" */
export function summaryLine(p: ProgressState): string {
  const r = rate(p.done, p.elapsedS);
  return `ingest: ${count(p.done, "article")} in ${p.elapsedS < 10 ? `${Math.round(p.elapsedS * 10) / 10} s` : duration(p.elapsedS)}${r === null ? "" : ` (${r}/s)`}; ${p.stored} new, ${p.duplicate} duplicate, ${p.failed} failed`;
}
