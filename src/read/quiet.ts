/**
 * Runs a synchronous library call with the console silenced. defuddle reports what it recovers from (a URL it
 * cannot parse, an extractor that fails) with console.error and a stack trace; the reader must not print, and
 * the CLI promises one line per bad record on stderr, so those reports are dropped here.
 */

const METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;

/**
 * Calls `fn` with every console method a no-op, restoring them afterwards even when `fn` throws.
 *
 * @example const result = quietly(() => new DefuddleClass(doc, options).parse());
 */
export function quietly<T>(fn: () => T): T {
  const saved = METHODS.map((m) => console[m]);
  for (const m of METHODS) console[m] = () => {};
  try {
    return fn();
  } finally {
    METHODS.forEach((m, i) => { console[m] = saved[i] as (typeof console)[typeof m]; });
  }
}

/**
 * The URL when it is an absolute http(s) URL, else null: only such a URL is handed to defuddle.
 *
 * @example webUrl("not a url") === null; webUrl("https://example.org/a") === "https://example.org/a"
 */
export function webUrl(url: string | null): string | null {
  if (url === null || !URL.canParse(url)) return null;
  const { protocol } = new URL(url);
  return protocol === "http:" || protocol === "https:" ? url : null;
}
