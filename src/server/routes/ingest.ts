/** POST /api/articles: code and store one article given as text, HTML or a URL (editor token required). */
import type { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ArticleInput } from "../../types.ts";
import { ingest, type ArticleCoder, type ItemOutcome } from "../../ingest/run.ts";
import { safeFetch } from "../../ingest/fetch.ts";
import { requireRole } from "../auth.ts";
import { ApiError } from "../errors.ts";
import type { AppEnv } from "../env.ts";
import type { ServerOptions } from "../options.ts";
import { rateLimit } from "../rate-limit.ts";
import { ArticleBody, parse } from "../schemas.ts";

/** Adds the ingest route to `app`. */
export function ingestRoutes(app: Hono<AppEnv>, o: ServerOptions): void {
  const maxSize = o.maxBodyBytes ?? 2_000_000;
  const fetchPage = o.fetchPage ?? ((url: string) => safeFetch(url, { timeoutMs: 15_000, maxBytes: 5_000_000 }));
  let coder: ReturnType<ServerOptions["coder"]> | null = null;

  app.post("/api/articles",
    requireRole("editor"),
    rateLimit({ max: o.writesPerMinute ?? 30, windowMs: 60_000, now: () => o.now().getTime() }),
    bodyLimit({ maxSize, onError: () => { throw new ApiError(413, "too_large", `the body is over ${maxSize} bytes`); } }),
    async (c) => {
      if (!/^application\/json\b/i.test(c.req.header("content-type") ?? "")) {
        throw new ApiError(415, "unsupported_media_type", "send application/json");
      }
      let raw: unknown;
      try { raw = await c.req.json(); } catch { throw new ApiError(400, "invalid_json", "the body is not valid JSON"); }
      const body = parse(ArticleBody, raw, "article");
      const meta = { ...(body.title ? { title: body.title } : {}), ...(body.date ? { date: body.date } : {}), ...(body.source ? { source: body.source } : {}) };
      let input: ArticleInput;
      if (body.url !== undefined) {
        const got = await fetchPage(body.url);
        if (!got.ok) throw new ApiError(422, got.error.code, got.error.message);
        input = { ...meta, text: got.value.body, format: "html", url: got.value.url };
      } else if (body.html !== undefined) input = { ...meta, text: body.html, format: "html" };
      else input = { ...meta, text: body.text ?? "", format: "text" };
      // coded on the pool's threads when there is one, so this request does not hold up the others; ingest then
      // stores what the pool coded
      let articleCoder: ArticleCoder;
      if (o.codePool) {
        const coded = await o.codePool.code(input);
        articleCoder = { code: () => coded };
      } else articleCoder = coder ??= o.coder();
      const outcomes: ItemOutcome[] = [];
      await ingest([{ ok: true, input, origin: body.url ?? "api" }], { store: o.store, coder: articleCoder, now: o.now, batch: 1, onItem: (x) => { outcomes.push(x); } });
      const r = outcomes[0];
      if (!r) throw new Error("ingest reported no outcome for one input");
      if (r.kind === "failed") throw new ApiError(422, r.issue.code, r.issue.message);
      if (r.kind === "duplicate") return c.json({ status: "duplicate", id: r.id }, 200);
      return c.json({ status: "stored", id: r.id, events: r.events, merged: r.merged, near_duplicate_of: r.nearDuplicateOf }, 201);
    });
}
