/**
 * "1 article", "2 articles": the one way the command line writes a count. A phrase may mark its plural endings
 * with "(s)" ("pattern(s) left out") when the noun is not its last word.
 *
 * @example count(1, "ceasefire") === "1 ceasefire"; count(3, "ceasefire") === "3 ceasefires"
 * @example count(2, "story", "stories") === "2 stories"; count(1, "pattern(s) left out") === "1 pattern left out"
 */
export function count(n: number, noun: string, plural?: string): string {
  const one = n === 1;
  if (noun.includes("(s)")) return `${n} ${noun.replaceAll("(s)", one ? "" : "s")}`;
  return `${n} ${one ? noun : plural ?? `${noun}s`}`;
}

/** A count kept under a plural name ("actors": 1) written as a count: "1 actor". Other names are left as they are. */
export function countNamed(n: number, name: string): string {
  return name.endsWith("s") ? count(n, name.slice(0, -1), name) : `${n} ${name}`;
}
