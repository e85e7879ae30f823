/**
 * A lexeme table for wink-nlp that forgets the words learned from each text.
 *
 * wink-nlp keeps its lexicon as `{ hash: word → index, list: index → word }` and appends every new word to both
 * (the packed features of a new word go to a private array in the same order, so indices must never be reused).
 * Wrapping `hash` in a Proxy lets us hide, at `forget()`, every word learned since `seal()`: the next text sees
 * the lexicon as loaded and learns its own words again under new indices. The list still grows; `learnedTotal`
 * says by how much, so the owner can rebuild the instance now and then.
 */

export interface LexiconScope {
  /** from now on, new words are learned per text */
  seal(): void;
  /** hides every word learned since the last forget() */
  forget(): void;
  /** words appended to the list since seal(), hidden ones included */
  learnedTotal(): number;
}

interface LexemeFeature {
  hash: Record<string, number>;
  list: string[];
}

function isLexemeFeature(value: unknown): value is LexemeFeature {
  const v = value as Partial<LexemeFeature> | null;
  return typeof v === "object" && v !== null && typeof v.hash === "object" && Array.isArray(v.list);
}

/**
 * Replaces `lexeme.hash` (wink-nlp's core model `features.lexeme`) with a scoped view; call before wink-nlp
 * builds its cache from the model.
 *
 * @example const scope = scopeLexicon(core.features.lexeme); const nlp = winkNLP(...); scope.seal();
 */
export function scopeLexicon(lexeme: unknown): LexiconScope {
  if (!isLexemeFeature(lexeme)) throw new Error("language: wink-nlp's core model has no lexeme hash and list");
  const base = lexeme.hash;
  let learned = new Map<string, number>();
  let sealed = false;
  let sealedLength = lexeme.list.length;
  lexeme.hash = new Proxy(base, {
    get(target, key) {
      if (typeof key !== "string") return Reflect.get(target, key);
      const known = target[key];
      return known !== undefined ? known : learned.get(key);
    },
    set(target, key, value: number) {
      if (typeof key !== "string" || !sealed) return Reflect.set(target, key, value);
      learned.set(key, value);
      return true;
    },
    has(target, key) {
      return Reflect.has(target, key) || (typeof key === "string" && learned.has(key));
    },
  });
  return {
    seal() {
      sealed = true;
      sealedLength = lexeme.list.length;
    },
    forget() {
      if (learned.size > 0) learned = new Map();
    },
    learnedTotal: () => lexeme.list.length - sealedLength,
  };
}
