/**
 * Direct quotes for coreference: which tokens stand inside quotation marks, and who speaks each quote (the subject
 * of the verb the quoted clause hangs from: `"We will withdraw," the general said`). A third-person pronoun inside
 * a quote never refers to its own speaker, and a pronoun outside a quote does not reach into it.
 */
import type { Sentence, Syntax, Token } from "../doc.ts";

const OPEN = new Set(["“", "«", "„"]);
const CLOSE = new Set(["”", "»"]);

/** One flag per token: 1 inside a direct quote. A quote left open runs on to the end of its paragraph. */
export function quotedTokens(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let open = false;
  let previousEnd = 0;
  for (const s of sentences) {
    if (text.slice(previousEnd, s.start).includes("\n")) open = false; // a new paragraph closes any quote
    previousEnd = s.end;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!.text;
      if (OPEN.has(t) || (t === '"' && !open)) { open = true; continue; }
      if (CLOSE.has(t) || (t === '"' && open)) { open = false; continue; }
      if (open) inside[i] = 1;
    }
  }
  return inside;
}

/**
 * The speakers of a sentence's quotes, as token indices: for each quoted token whose head lies outside the quote,
 * the subject of that head when the subject stands outside the quote.
 */
export function quoteSpeakers(s: Sentence, syntax: Syntax, quoted: Uint8Array): number[] {
  const verbs = new Set<number>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const h = syntax.heads[i]!;
    if (quoted[i] && h >= 0 && !quoted[h]) verbs.add(h);
  }
  const speakers: number[] = [];
  if (!verbs.size) return speakers;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!quoted[k] && verbs.has(syntax.heads[k]!) && syntax.deprels[k]!.startsWith("nsubj")) speakers.push(k);
  }
  return speakers;
}
