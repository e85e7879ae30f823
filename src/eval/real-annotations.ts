/**
 * Our annotations of real articles (test/data/real-articles/annotations.jsonl, guide in its README.md): per
 * article id, the events a careful coder lists and the facts a careful reader lists, each with the character
 * offsets of its evidence sentence in the corpus record's `text`. No article text is kept.
 */
import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import type { Result } from "../types.ts";

/** What a reader lists; real-facts.ts says what output of the coder counts as finding each. */
export const FACT_KINDS = [
  "killed", "attack", "talks_held",
  "truce_proposed", "truce_declared", "truce_in_force", "truce_violated", "truce_collapsed", "truce_ended",
  "truce_not_declared",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).refine(([s, e]) => s < e, "start must be before end");
const actor = z.object({ code: z.string().regex(/^(?:---|[A-Z]{3}[A-Z]*)$/, "a CAMEO actor code, or --- for an unidentified actor"), name: z.string().min(1) });
const cameo = z.string().regex(/^\d{2,4}$/, "a CAMEO event code");

const eventSchema = z.object({
  sentence: span,
  source: z.array(actor).min(1),
  cameo,
  target: z.array(actor),
  /** the act did not happen ("did not attack", "have not been allowed") */
  negated: z.boolean(),
  /** for a refusal (coded with its 12x code): the CAMEO code of the act refused ("refused to sign" → 057) */
  refused: cameo.nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  country: z.string().regex(/^[A-Z]{3}$/).nullable(),
});

const factSchema = z.object({
  kind: z.enum(FACT_KINDS),
  sentence: span,
  count: z.number().int().nonnegative().optional(),
  place: z.object({ name: z.string().min(1), country: z.string().regex(/^[A-Z]{3}$/) }).optional(),
});

const articleSchema = z.object({ id: z.string().min(1), events: z.array(eventSchema), facts: z.array(factSchema) });

export type AnnotatedEvent = z.infer<typeof eventSchema>;
export type AnnotatedFact = z.infer<typeof factSchema>;
export type ArticleAnnotation = z.infer<typeof articleSchema>;

/** One annotation a line; a bad line is an error naming FILE:LINE and the field. */
export function parseAnnotations(text: string, path: string): Result<ArticleAnnotation[]> {
  const out: ArticleAnnotation[] = [];
  const seen = new Set<string>();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return bad(`${path}:${i + 1}: not JSON`);
    }
    const parsed = articleSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return bad(`${path}:${i + 1}: ${issue.path.join(".") || "(record)"}: ${issue.message}`);
    }
    if (seen.has(parsed.data.id)) return bad(`${path}:${i + 1}: article ${parsed.data.id} is annotated twice`);
    seen.add(parsed.data.id);
    out.push(parsed.data);
  }
  return { ok: true, value: out };
}

export function readAnnotations(path: string): Result<ArticleAnnotation[]> {
  if (!existsSync(path)) return bad(`no annotation file at ${path}`, "no_annotations");
  return parseAnnotations(readFileSync(path, "utf8"), path);
}

function bad(message: string, code = "bad_annotation"): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}
