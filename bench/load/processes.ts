/**
 * The other processes of a load run: the real `parley serve` on the store (run from the TypeScript sources), and an ingest (test/ingest/child-ingest.ts,
 * the fixture coder) writing to the same store at the same time.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

export interface Server {
  readonly url: string;
  /** CPU time the server process (every thread) has used so far, in ms; null where /proc is not there */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

/** user + system time of a process from /proc/PID/stat (Linux), in ms */
function processCpuMs(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Starts `parley serve --db DB --port 0` (from the sources, as `npm run parley` does) and resolves with its address once it prints it. */
export function startServer(db: string, readsPerMinute: number): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "cli", "entry.ts"), "serve", "--db", db, "--port", "0", "--web", join(ROOT, "nowhere"),
    "--reads-per-minute", String(readsPerMinute)], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "", err = "";
  child.stderr.on("data", (d: Buffer) => { err += d.toString(); });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(`parley serve did not start in 60 s: ${err}`)); }, 60_000);
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`parley serve exited (${code}): ${err}`)); });
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /Parley dashboard: (http:\/\/\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({ url: m[1]!, cpuMs: () => processCpuMs(child.pid), stop: () => stop(child) });
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) { resolve(); return; }
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => { clearTimeout(timer); resolve(); });
    child.kill("SIGTERM");
  });
}

export interface IngestSummary { stored: number; duplicate: number; failed: number; events: number; merged: number }

/** Articles the fixture coder codes (clashes, talks, truces on days of March), none equal to another. */
export function writeIngestInput(dir: string, n: number, tag: string): string {
  const lines = Array.from({ length: n }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const what = i % 3 === 0 ? "clashed" : i % 3 === 1 ? "held talks" : "agreed a truce";
    return JSON.stringify({ id: `${tag}${i}`, date: `2032-03-${day}`, source: `Desk ${i % 9}`,
      text: `Dispatch ${tag}${i}: the army and the rebels ${what} on day ${day}, reporter ${i} wrote, and ${i * 3} families left.` });
  });
  const path = join(dir, `${tag}.jsonl`);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** Runs the ingest child to the end; `delayMs` of busy work per article paces it. */
export function runIngest(db: string, input: string, delayMs: number): Promise<IngestSummary> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "test", "ingest", "child-ingest.ts"), db, input, "--delay", String(delayMs)],
    { stdio: ["ignore", "pipe", "pipe"], cwd: ROOT });
  let out = "", err = "";
  child.stdout.on("data", (d: Buffer) => { out += d.toString(); });
  child.stderr.on("data", (d: Buffer) => { err += d.toString(); });
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`the ingest exited (${code}): ${err}`));
      else resolve(JSON.parse(out.trim()) as IngestSummary);
    });
  });
}
