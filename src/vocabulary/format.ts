/** The column headers of the generated vocabulary files (data/vocabulary/README.md), shared by writer and loader. */
export const EXPANDED_HEADER = ["code", "lemma", "pos", "relation", "depth", "seed", "seed_sense", "sense", "tag_count"] as const;
export const DROPPED_HEADER = ["code", "lemma", "pos", "relation", "seed", "reason"] as const;
