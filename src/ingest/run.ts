/**
 * The ingest loop: for each input, skip it when its content is already stored, else code it, link it to a
 * near-duplicate story, and store it (one transaction per article). A bad input is reported and skipped.
 */
import type { ArticleInput, CodedArticle, ParleyIssue, Result } from "../types.ts";
import type { PutOutcome, Store } from "../store/types.ts";
import type { SourceItem } from "./sources/item.ts";
import { contentHash } from "./hash.ts";
import { bandKeys, minhash, similarity } from "./minhash.ts";

export interface ArticleCoder {
  code(input: ArticleInput): Result<CodedArticle>;
}

export interface IngestOptions {
  readonly store: Store;
  readonly coder: ArticleCoder;
  /** the clock, passed in: stamps `ingested` */
  readonly now: () => Date;
  /** estimated Jaccard similarity at or above which an article joins another's story (default 0.6) */
  readonly nearDuplicate?: number;
  /** called after each input with what became of it */
  readonly onItem?: (outcome: ItemOutcome) => void;
}

export type ItemOutcome =
  | { readonly kind: "stored"; readonly id: string; readonly events: number; readonly merged: number; readonly nearDuplicateOf: string | null }
  | { readonly kind: "duplicate"; readonly id: string; readonly origin: string }
  | { readonly kind: "failed"; readonly issue: ParleyIssue };

export interface IngestSummary {
  readonly stored: number;
  readonly duplicate: number;
  readonly failed: number;
  readonly nearDuplicates: number;
  /** events coded in the new articles, and how many of them merged into an event already stored */
  readonly events: number;
  readonly merged: number;
  readonly issues: readonly ParleyIssue[];
}

/** Ingests one input; never throws for bad input (a store or coder bug still throws). */
export async function ingestOne(item: SourceItem, o: IngestOptions): Promise<ItemOutcome> {
  if (!item.ok) return { kind: "failed", issue: item.error };
  const inputHash = contentHash(item.input.text);
  const seen = await o.store.findByInputHash(inputHash);
  if (seen !== null) return { kind: "duplicate", id: seen, origin: item.origin };
  const coded = o.coder.code(item.input);
  if (!coded.ok) return { kind: "failed", issue: { ...coded.error, path: coded.error.path ?? item.origin } };
  const text = coded.value.article.text;
  const hash = contentHash(text);
  const known = await o.store.findByHash(hash);
  if (known !== null) return { kind: "duplicate", id: known, origin: item.origin };
  const signature = minhash(text);
  const bands = bandKeys(signature);
  let best: { id: string; sim: number } | null = null;
  for (const c of await o.store.findSimilar(bands)) {
    const sim = similarity(signature, c.signature);
    if (sim >= (o.nearDuplicate ?? 0.6) && (best === null || sim > best.sim)) best = { id: c.id, sim };
  }
  const out: PutOutcome = await o.store.putArticle({
    coded: coded.value, hash, inputHash, signature, bands, nearDuplicateOf: best?.id ?? null,
    similarity: best?.sim ?? null, ingested: o.now().toISOString(), origin: item.origin,
  });
  if (out.status === "duplicate") return { kind: "duplicate", id: out.id, origin: item.origin };
  return { kind: "stored", id: out.id, events: out.events, merged: out.merged, nearDuplicateOf: best?.id ?? null };
}

/**
 * @example const summary = await ingest(readSources(["news.jsonl"]), { store, coder, now: () => new Date() });
 */
export async function ingest(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, o: IngestOptions): Promise<IngestSummary> {
  let stored = 0, duplicate = 0, failed = 0, nearDuplicates = 0, events = 0, merged = 0;
  const issues: ParleyIssue[] = [];
  for await (const item of items) {
    const r = await ingestOne(item, o);
    if (r.kind === "stored") {
      stored++; events += r.events; merged += r.merged;
      if (r.nearDuplicateOf) nearDuplicates++;
    } else if (r.kind === "duplicate") duplicate++;
    else { failed++; issues.push(r.issue); }
    o.onItem?.(r);
  }
  return { stored, duplicate, failed, nearDuplicates, events, merged, issues };
}
