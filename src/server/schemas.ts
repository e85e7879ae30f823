/** Every API input as a zod schema: query strings, path ids and the ingest body. The OpenAPI document reads these. */
import { z } from "zod";
import type { Context } from "hono";
import type { EventFilter } from "../store/types.ts";
import type { DateSource } from "../types.ts";
import { ApiError } from "./errors.ts";
import { parseCursor } from "../store/cursor.ts";
import { DATE_SOURCES } from "../store/date-source.ts";

const day = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD");
const iso3 = z.string().regex(/^[A-Za-z]{3}$/, "ISO 3166 alpha-3 code").transform((s) => s.toUpperCase());
// no control characters: PostgreSQL refuses a NUL in text outright, and none belongs in a search or a name
const words = (max: number) => z.string().trim().min(1).max(max).regex(/^[^\u0000-\u001f\u007f]*$/, "no control characters");

/** The filters every event view shares. */
export const eventFilters = {
  country: iso3.optional().describe("location or actor country (ISO alpha-3)"),
  actor: words(80).optional().describe("actor code prefix (RUS, LBYMIL) or a word of an actor name"),
  from: day.optional().describe("on or after this day"),
  to: day.optional().describe("on or before this day"),
  cameo: z.string().regex(/^\d{2,4}$/, "CAMEO code or prefix").optional().describe("CAMEO code or prefix: 19 is every root-19 code"),
  plover: z.string().regex(/^[A-Za-z_]{2,20}$/).transform((s) => s.toUpperCase()).optional().describe("PLOVER event type"),
  acled: words(80).optional().describe("ACLED event type or sub-event type"),
  q: words(200).optional().describe("words in the reporting articles (full-text)"),
  date_from: z.enum(DATE_SOURCES, { error: `one of ${DATE_SOURCES.join(", ")}` }).optional()
    .describe("where the event's date came from: its own clause, its sentence, or only the publication day (events stored before this was kept match none)"),
};

const paging = (max: number, dflt: number) => ({
  limit: z.coerce.number().int().min(1).max(max).default(dflt),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const EventsQuery = z.strictObject({
  ...eventFilters, ...paging(1000, 100),
  cursor: z.string().max(40).refine((s) => parseCursor(s) !== null, "a cursor from a page's `next`").optional()
    .describe("the `next` of the page before: this page starts after it (offset then counts from there)"),
});
export const SeriesQuery = z.strictObject({
  ...eventFilters,
  by: z.enum(["quad", "plover", "acled"]).default("quad").describe("what the series are split by"),
  source: words(80).optional().describe("with target: only events from this actor (code prefix or name word)"),
  target: words(80).optional().describe("with source: only events on this actor"),
});
export const NetworkQuery = z.strictObject({ ...eventFilters, nodes: z.coerce.number().int().min(2).max(200).default(60) });
export const ActorsQuery = z.strictObject({ country: iso3.optional(), name: words(80).optional(), ...paging(1000, 200) });
export const ArticlesQuery = z.strictObject({ q: words(200).optional(), ...paging(500, 50) });
export const SearchQuery = z.strictObject({ q: words(200), limit: z.coerce.number().int().min(1).max(100).default(20) });
export const CeasefiresQuery = z.strictObject({ country: iso3.optional() });
export const IdParam = z.string().min(1).max(200).regex(/^[\w:./-]+$/, "an id");

/** POST /api/articles: exactly one of text, html or url, with optional metadata. */
export const ArticleBody = z.strictObject({
  text: z.string().min(1).max(1_000_000).optional(),
  html: z.string().min(1).max(2_000_000).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  title: z.string().max(500).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD").optional(),
  source: z.string().max(200).optional(),
}).refine((b) => [b.text, b.html, b.url].filter((x) => x !== undefined).length === 1, { message: "give exactly one of text, html or url" });
export type ArticleBody = z.infer<typeof ArticleBody>;

/** Parses with a schema or throws a 400 ApiError carrying the zod issues as `{ path, message }`. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const details = r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  throw new ApiError(400, "invalid_input", `invalid ${what}: ${details.map((d) => `${d.path || "(body)"}: ${d.message}`).join("; ")}`, details);
}

/** The query string with empty values dropped (an emptied filter box means "no filter"). */
export function query(c: Context): Record<string, string> {
  return Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ""));
}

/** The store filter named by parsed event filters. */
export function toEventFilter(q: { country?: string | undefined; actor?: string | undefined; from?: string | undefined; to?: string | undefined; cameo?: string | undefined; plover?: string | undefined; acled?: string | undefined; q?: string | undefined; date_from?: DateSource | undefined }): EventFilter {
  return {
    ...(q.date_from ? { date_from: q.date_from } : {}),
    ...(q.country ? { country: q.country } : {}), ...(q.actor ? { actor: q.actor } : {}),
    ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.cameo ? { cameo: q.cameo } : {}),
    ...(q.plover ? { plover: q.plover } : {}), ...(q.acled ? { acled: q.acled } : {}), ...(q.q ? { text: q.q } : {}),
  };
}
