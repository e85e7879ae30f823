/**
 * Score rows of one model kept by key: the sum of a fixed group of features' class weights for one value of what
 * they read (a word's form, a triple of shapes), computed on first use and then added as one row. Rows live in one
 * Int32Array; when all `capacity` rows are taken the cache starts again empty, so its memory is bounded and a
 * long run keeps the keys of its recent text. Scores are integer sums, so adding a cached row gives exactly the
 * scores of adding its features one by one; what is cached changes speed only.
 *
 * @example
 * const cache = new RowCache<string>(model.classes, 8192);
 * let at = cache.find(form);
 * if (at < 0) { at = cache.claim(form); model.score(feats, n, cache.row(at)); }
 * cache.addTo(at, scores);
 */
export class RowCache<K> {
  readonly classes: number;
  readonly capacity: number;
  private readonly rows: Int32Array;
  private readonly index = new Map<K, number>();
  private used = 0;

  constructor(classes: number, capacity: number) {
    this.classes = classes;
    this.capacity = capacity;
    this.rows = new Int32Array(classes * capacity);
  }

  /** The offset of `key`'s row, or -1 when it has none. */
  find(key: K): number {
    return this.index.get(key) ?? -1;
  }

  /** A zeroed row for `key` (emptying the cache first when it is full); returns its offset. */
  claim(key: K): number {
    if (this.used === this.capacity) this.clear();
    const at = this.used++ * this.classes;
    this.rows.fill(0, at, at + this.classes);
    this.index.set(key, at);
    return at;
  }

  /** Forgets every row. */
  clear(): void {
    this.index.clear();
    this.used = 0;
  }

  /** The row at offset `at`, as a view to score into. */
  row(at: number): Int32Array {
    return this.rows.subarray(at, at + this.classes);
  }

  /** Adds the row at offset `at` to `scores` (four classes a turn: V8 runs the plain loop about half as fast). */
  addTo(at: number, scores: Int32Array): void {
    const rows = this.rows, classes = this.classes;
    let c = 0;
    for (; c + 4 <= classes; c += 4) {
      scores[c] = (scores[c] as number) + (rows[at + c] as number);
      scores[c + 1] = (scores[c + 1] as number) + (rows[at + c + 1] as number);
      scores[c + 2] = (scores[c + 2] as number) + (rows[at + c + 2] as number);
      scores[c + 3] = (scores[c + 3] as number) + (rows[at + c + 3] as number);
    }
    for (; c < classes; c++) scores[c] = (scores[c] as number) + (rows[at + c] as number);
  }
}

/**
 * Small ids for 32-bit values (hashes of tags, shapes), numbered in turn below `limit`, so that a few of them make
 * one exact key of a RowCache that is a small integer (below 2^30, a V8 "Smi": a Map finds it without boxing).
 * A key is only meaningful while the ids are unchanged: `room(k)` says whether k more values can be numbered;
 * when not, the caller clears the ids and the rows keyed by them together.
 *
 * @example
 * const ids = new ValueIds(1 << 12);
 * if (!ids.room(2)) { ids.clear(); rows.clear(); }
 * const key = ids.id(tagOfDependent) * (1 << 12) + ids.id(tagOfHead);
 */
export class ValueIds {
  readonly limit: number;
  private readonly ids = new Map<number, number>();

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Whether `k` more values can get an id. */
  room(k: number): boolean {
    return this.ids.size + k <= this.limit;
  }

  clear(): void {
    this.ids.clear();
  }

  /** The id of `value`, a new one when it has none. */
  id(value: number): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }
}
