/** The OpenAPI 3.1 document at /api/openapi.json, with parameters and bodies generated from the zod schemas. */
import { z } from "zod";
import {
  ActorsQuery, ArticleBody, ArticlesQuery, CeasefiresQuery, EventsQuery, NetworkQuery, SearchQuery, SeriesQuery,
} from "./schemas.ts";
import { DATA_AGE_HEADER } from "./rendered.ts";

type Json = Record<string, unknown>;

function queryParams(schema: z.ZodType): Json[] {
  const js = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: "query", required: (js.required ?? []).includes(name), schema: rest, ...(description ? { description } : {}) };
  });
}

const ok = (description: string, aged = false): Json => ({
  200: { description, content: { "application/json": { schema: { type: "object" } } }, ...(aged ? { headers: { [DATA_AGE_HEADER]: { $ref: "#/components/headers/DataAge" } } } : {}) },
  400: { $ref: "#/components/responses/Error" },
});
const idParam = (what: string): Json => ({ name: "id", in: "path", required: true, schema: { type: "string" }, description: `the ${what} id` });
const get = (summary: string, schema: z.ZodType | null, what: string, aged = false): Json => ({ get: { summary, parameters: schema ? queryParams(schema) : [], responses: ok(what, aged) } });

/**
 * @example app.get("/api/openapi.json", (c) => c.json(openApiDocument()))
 */
export function openApiDocument(): Json {
  const errorSchema = { type: "object", properties: { error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" }, details: {} }, required: ["code", "message"] } } };
  return {
    openapi: "3.1.0",
    info: { title: "Parley API", version: "0.1.0", description: "Coded news about wars and peace talks: articles, events (CAMEO, PLOVER, ACLED), actors and ceasefires. Reads are open unless the server runs with --auth-reads; writes need an editor token. While another process writes to the store (an ingest), a read may be answered from the data of up to 1 s before (parley serve; the server's staleReadsMs) while it is recomputed; the ${DATA_AGE_HEADER} header of such an answer gives by how many milliseconds it may lag (0: current). An article POSTed to this server is visible to the next read." },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "parley token create --role editor|reader" } },
      responses: { Error: { description: "an error", content: { "application/json": { schema: errorSchema } } } },
      headers: { DataAge: { description: "milliseconds by which the answer's data may lag the store when it is sent: 0 when current; the server chose it within its staleness bound (1000 ms for parley serve)", schema: { type: "integer", minimum: 0 } } },
    },
    paths: {
      "/api/articles": {
        ...get("List articles, newest first; with q, full-text matches (the full-text matches are always current)", ArticlesQuery, "a page of articles", true),
        post: {
          summary: "Code and store one article (text, HTML or a URL to fetch)",
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { "application/json": { schema: z.toJSONSchema(ArticleBody, { io: "input", unrepresentable: "any" }) } } },
          responses: {
            201: { description: "stored" }, 200: { description: "already stored (duplicate)" },
            400: { $ref: "#/components/responses/Error" }, 401: { $ref: "#/components/responses/Error" },
            403: { $ref: "#/components/responses/Error" }, 413: { $ref: "#/components/responses/Error" },
            415: { $ref: "#/components/responses/Error" }, 422: { $ref: "#/components/responses/Error" },
            429: { $ref: "#/components/responses/Error" },
          },
        },
      },
      "/api/articles/{id}": { get: { summary: "One article with its coding: actors, events, quotes, dates, places, ceasefires", parameters: [idParam("article")], responses: { ...ok("the article"), 404: { $ref: "#/components/responses/Error" } } } },
      "/api/events": get("Stored events, merged across articles, with filters and paging", EventsQuery, "a page of events", true),
      "/api/events/{id}": { get: { summary: "One stored event with every sentence reporting it", parameters: [idParam("event")], responses: { ...ok("the event", true), 404: { $ref: "#/components/responses/Error" } } } },
      "/api/actors": get("Actors, most reported first", ActorsQuery, "a page of actors", true),
      "/api/ceasefires": get("Ceasefire records: parties, mediators, status timeline, violations per day", CeasefiresQuery, "ceasefire records"),
      "/api/search": get("Full-text search over articles", SearchQuery, "matching articles with snippets"),
      "/api/series": get("Events per day split by quad class, PLOVER or ACLED type", SeriesQuery, "days and one count series per label", true),
      "/api/network": get("Actor network: who acts on whom, edges weighted by events with mean Goldstein", NetworkQuery, "nodes and edges", true),
      "/api/summary": get("Counts and facet values for filters", null, "counts and facets", true),
      "/api/health": get("Liveness", null, "ok"),
    },
  };
}
