/**
 * The ingest loop: for each input, skip it when its content is already stored, else code it, link it to a
 * near-duplicate story, and store it (each article whole, in one transaction). A bad input is reported and skipped.
 */
import type { ArticleInput, CodedArticle, ParleyIssue, Result } from "../types.ts";
import type { ArticleRecord, PutOutcome, Store } from "../store/types.ts";
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
  /** articles committed together (default 32); 1 commits each article on its own */
  readonly batch?: number;
  /** commit what is pending once the oldest pending article waited this long (default 1000 ms) */
  readonly maxWaitMs?: number;
  /** called after each input with what became of it, once it is committed */
  readonly onItem?: (outcome: ItemOutcome) => void;
  /** called as soon as each input is read and coded, before it is committed: for progress bars */
  readonly onCoded?: () => void;
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

type Prepared = ItemOutcome | { readonly kind: "ready"; readonly record: ArticleRecord; readonly nearDuplicateOf: string | null };

/** The first metadata field holding a NUL (the coder checks the text): PostgreSQL cannot store one in text at all. */
function fieldWithNul(input: ArticleInput): string | null {
  for (const k of ["id", "title", "source", "url", "date"] as const) if (input[k]?.includes("\u0000")) return k;
  return null;
}

/** Checks, codes and keys one input; `pending` are records coded but not yet committed. Never throws for bad input. */
export async function prepare(item: SourceItem, o: IngestOptions, pending: readonly ArticleRecord[] = []): Promise<Prepared> {
  if (!item.ok) return { kind: "failed", issue: item.error };
  const nul = fieldWithNul(item.input);
  if (nul) return { kind: "failed", issue: { code: "binary", message: `the input's ${nul} holds a NUL byte; binary data is not text`, path: item.origin } };
  const inputHash = contentHash(item.input.text);
  const seen = pending.find((r) => r.inputHash === inputHash)?.coded.id ?? (await o.store.findByInputHash(inputHash));
  if (seen != null) return { kind: "duplicate", id: seen, origin: item.origin };
  const coded = o.coder.code(item.input);
  if (!coded.ok) return { kind: "failed", issue: { ...coded.error, path: coded.error.path ?? item.origin } };
  const text = coded.value.article.text;
  const hash = contentHash(text);
  const known = pending.find((r) => r.hash === hash)?.coded.id ?? (await o.store.findByHash(hash));
  if (known != null) return { kind: "duplicate", id: known, origin: item.origin };
  const signature = minhash(text);
  const bands = bandKeys(signature);
  const inBatch = pending.filter((r) => r.bands.some((b) => bands.includes(b))).map((r) => ({ id: r.coded.id, signature: r.signature }));
  let best: { id: string; sim: number } | null = null;
  for (const c of [...(await o.store.findSimilar(bands)), ...inBatch]) {
    const sim = similarity(signature, c.signature);
    if (sim >= (o.nearDuplicate ?? 0.6) && (best === null || sim > best.sim)) best = { id: c.id, sim };
  }
  const record: ArticleRecord = {
    coded: coded.value, hash, inputHash, signature, bands, nearDuplicateOf: best?.id ?? null,
    similarity: best?.sim ?? null, ingested: o.now().toISOString(), origin: item.origin,
  };
  return { kind: "ready", record, nearDuplicateOf: best?.id ?? null };
}

/**
 * Ingests inputs in order. Coded articles are committed in small groups (group commit), each article whole;
 * `onItem` hears of an article only after its group committed, in input order.
 *
 * @example const summary = await ingest(readSources(["news.jsonl"]), { store, coder, now: () => new Date() });
 */
export async function ingest(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, o: IngestOptions): Promise<IngestSummary> {
  let stored = 0, duplicate = 0, failed = 0, nearDuplicates = 0, events = 0, merged = 0;
  const issues: ParleyIssue[] = [];
  const batch = Math.max(1, o.batch ?? 32);
  const maxWait = o.maxWaitMs ?? 1000;
  let queue: Prepared[] = [];
  let since = 0;
  // one group may be committing (on a background writer) while the next is coded; its records are not yet
  // visible to the store's duplicate checks, so they count as pending too
  let committing: { done: Promise<void>; records: readonly ArticleRecord[] } = { done: Promise.resolve(), records: [] };
  const emit = (r: ItemOutcome): void => {
    if (r.kind === "stored") {
      stored++; events += r.events; merged += r.merged;
      if (r.nearDuplicateOf) nearDuplicates++;
    } else if (r.kind === "duplicate") duplicate++;
    else { failed++; issues.push(r.issue); }
    o.onItem?.(r);
  };
  const commit = async (group: readonly Prepared[]): Promise<void> => {
    const ready = group.filter((q): q is Extract<Prepared, { kind: "ready" }> => q.kind === "ready");
    const outs = ready.length ? await o.store.putArticles(ready.map((q) => q.record)) : [];
    let i = 0;
    for (const q of group) {
      if (q.kind !== "ready") { emit(q); continue; }
      const out: PutOutcome = outs[i++]!;
      emit(out.status === "duplicate" ? { kind: "duplicate", id: out.id, origin: q.record.origin ?? "" }
        : { kind: "stored", id: out.id, events: out.events, merged: out.merged, nearDuplicateOf: q.nearDuplicateOf });
    }
  };
  /** starts committing the queue once the group before it has committed (outcomes stay in input order) */
  const flush = async (): Promise<void> => {
    const group = queue;
    queue = [];
    await committing.done;
    const done = commit(group);
    done.catch(() => {}); // awaited by the next flush; this only keeps a failure from counting as unhandled meanwhile
    committing = { done, records: group.flatMap((q) => (q.kind === "ready" ? [q.record] : [])) };
  };
  for await (const item of items) {
    const pending = [...committing.records, ...queue.flatMap((q) => (q.kind === "ready" ? [q.record] : []))];
    if (queue.length === 0) since = Date.now();
    const p = await prepare(item, o, pending);
    o.onCoded?.();
    queue.push(p);
    const ready = queue.filter((q) => q.kind === "ready").length;
    if (ready >= batch || Date.now() - since >= maxWait) await flush();
  }
  await flush();
  await committing.done;
  return { stored, duplicate, failed, nearDuplicates, events, merged, issues };
}
