/**
 * A deterministic stand-in for the coder in ingest tests that are about storage, not coding: it finds the words
 * "clashed", "talks" and "truce" in texts we write and builds the matching CodedArticle by hand.
 */
import { createHash } from "node:crypto";
import type { ArticleInput, CodedArticle, CodedEvent, Result } from "../../src/types.ts";
import type { ArticleCoder } from "../../src/ingest/run.ts";
import { ACTORS, ceasefire, event, ref } from "../store/fixtures.ts";

export function fixtureCoder(): ArticleCoder {
  return {
    code(input: ArticleInput): Result<CodedArticle> {
      if (input.text.includes("UNREADABLE")) return { ok: false, error: { code: "unreadable", message: "fixture refuses this text" } };
      const text = input.text.replace(/\s+/g, " ").trim();
      const id = input.id ?? createHash("sha256").update(text).digest("hex").slice(0, 16);
      const date = input.date ?? null;
      const events: CodedEvent[] = [];
      const at = (word: string): number => text.toLowerCase().indexOf(word);
      if (at("clashed") >= 0) events.push(event({ id: "e1", date, span: [at("clashed"), at("clashed") + 7], trigger: "clashed" }));
      if (at("talks") >= 0) {
        events.push(event({ id: "e2", date, cameo: "040", cameo_name: "Consult", plover: "CONSULT", acled: null, goldstein: 1, quad_class: 1,
          source: [ref(ACTORS.med!)], target: [ref(ACTORS.nor!)], span: [at("talks"), at("talks") + 5], trigger: "talks" }));
      }
      const truce = at("truce") >= 0;
      if (truce) events.push(event({ id: "e3", date, cameo: "0871", cameo_name: "Declare ceasefire", plover: "CONCEDE", acled: null, span: [at("truce"), at("truce") + 5], trigger: "truce" }));
      return {
        ok: true,
        value: {
          id, article: { title: input.title ?? null, author: null, source: input.source ?? null, published: date, url: input.url ?? null, text },
          actors: Object.values(ACTORS), events, quotes: [],
          ceasefires: truce ? [ceasefire({ declared: date, evidence: ["e3"] })] : [], dates: [], places: [],
        },
      };
    },
  };
}
