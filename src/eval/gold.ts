/** The gold record shape of the shared suites (gold/README.md), validated loosely: unknown fields are kept. */
import { readFileSync } from "node:fs";

export interface GoldEvent {
  readonly source?: string | null;
  readonly target?: string | null;
  readonly code?: string | null;
  readonly plover?: string | null;
  readonly penta_roots?: readonly string[];
  readonly vote_share?: number;
  readonly acled_event_type?: string;
  readonly country?: string;
  readonly event_date?: string;
}

export interface GoldRecord {
  readonly id: string;
  readonly suite?: string;
  readonly lang?: string;
  readonly text: string;
  readonly date?: string | null;
  readonly events?: readonly GoldEvent[];
  readonly expect_none?: boolean | null;
  readonly exhaustive?: boolean;
}

export function readGold(path: string): GoldRecord[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l, i) => {
    try {
      return JSON.parse(l) as GoldRecord;
    } catch (e) {
      throw new Error(`${path}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
  });
}
