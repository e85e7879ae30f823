/** Content hashes for recognising the same article again, whatever its spacing, case or quote marks. */
import { createHash } from "node:crypto";

/** Lower case, NFKC, typographic quotes and dashes folded, whitespace collapsed. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** @example contentHash("A  b") === contentHash("a b") */
export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseText(text)).digest("hex");
}
