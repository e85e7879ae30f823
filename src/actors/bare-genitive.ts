/**
 * A genitive written without its apostrophe ("Syrias army", "Russias offer"), as text that lost its apostrophes
 * writes every one: a capitalised word that the knowledge base does not know, that no known phrase starts with,
 * and that is a country's name with an "s" added, is that country's name. Only country names are read so: a
 * person's or an organisation's name with an "s" added is too often another name.
 */
import type { Token } from "../doc.ts";
import type { KnowledgeBase } from "../resources.ts";

/** the key of the country name inside a bare genitive, or null */
export function bareGenitive(token: Token, kb: KnowledgeBase): string | null {
  const key = token.key;
  if (key.length < 4 || !key.endsWith("s") || !/^[A-Z]/.test(token.text) || /['’]/.test(token.text)) return null;
  if (kb.lookup(key) || kb.isPrefix?.(key)) return null;
  const stem = key.slice(0, -1);
  return kb.lookup(stem)?.some((e) => e.kind === "country") ? stem : null;
}
