/**
 * How the clean body maps back to the input the user gave: a list of runs `[text_start, text_end, input_start,
 * input_end]`, in order. Where a run's two lengths are equal the characters correspond one to one (copied text);
 * otherwise the text range stands for the whole input range (an entity "&amp;", a line break that became a space).
 * Characters the reader dropped (Markdown marks, link targets, header lines, boilerplate) lie between runs.
 */
import type { InputRun } from "../types.ts";
import type { Traced } from "./traced.ts";

/**
 * The runs of a traced text: neighbouring copied characters whose sources touch merge, and so do the characters
 * of one replacement.
 *
 * @example inputMap(traceInput("abc")) // [[0, 3, 0, 3]]
 */
export function inputMap(t: Traced): InputRun[] {
  const runs: [number, number, number, number][] = [];
  let run: [number, number, number, number] | null = null;
  for (let i = 0; i < t.text.length; i++) {
    const from = t.from[i] as number;
    const to = t.to[i] as number;
    const copied = to - from === 1;
    if (run !== null) {
      const runCopied = run[1] - run[0] === run[3] - run[2];
      if (copied && runCopied && from === run[3]) { run[1] = i + 1; run[3] = to; continue; }
      if (!runCopied && from === run[2] && to === run[3]) { run[1] = i + 1; continue; }
    }
    run = [i, i + 1, from, to];
    runs.push(run);
  }
  return runs;
}

function runAt(map: readonly InputRun[], offset: number): InputRun | undefined {
  let lo = 0;
  let hi = map.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = map[mid] as InputRun;
    if (offset < run[0]) hi = mid - 1;
    else if (offset >= run[1]) lo = mid + 1;
    else return run;
  }
  return undefined;
}

/**
 * The input span of the body's characters `[start, end)`, or null when the range is empty or outside the body.
 *
 * @example
 * const r = readArticle({ text: "# Truce\n\nThe *truce* held." });
 * if (r.ok) inputSpan(r.value.input_map ?? [], 4, 9); // [13, 18]: "truce" between the asterisks
 */
export function inputSpan(map: readonly InputRun[], start: number, end: number): readonly [number, number] | null {
  if (end <= start) return null;
  const first = runAt(map, start);
  const last = runAt(map, end - 1);
  if (first === undefined || last === undefined) return null;
  const oneToOne = (r: InputRun): boolean => r[1] - r[0] === r[3] - r[2];
  const inputStart = oneToOne(first) ? first[2] + (start - first[0]) : first[2];
  const inputEnd = oneToOne(last) ? last[2] + (end - last[0]) : last[3];
  return [inputStart, inputEnd];
}
