/** What a CLI command may touch: its output streams. Commands set process.exitCode; only bin/ exits. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly isTTY: boolean;
}

export const processIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, isTTY: !!process.stderr.isTTY });

/** Exit statuses of the contract: 0 ok, 1 some input could not be read, 2 bad arguments. */
export const EXIT = { ok: 0, badInput: 1, badArgs: 2 } as const;

export function fail(io: CliIo, status: number, message: string): void {
  io.stderr.write(`parley: ${message}\n`);
  process.exitCode = Math.max(Number(process.exitCode ?? 0), status);
}
