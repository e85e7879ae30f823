/**
 * JSON bodies made once per store answer. The read cache (store/cached.ts) hands every request between two commits
 * the same answer object, so the series laid out over days, the network assembled from its counts and the JSON text
 * of either are remembered by that object (weakly: they go when the answer does) and by the request's own options.
 * A store without the cache returns new objects each time, and each request then renders its own.
 */
import type { Context } from "hono";
import type { AppEnv } from "./env.ts";

/** The header that says by how many milliseconds the data of an answer may lag the store (0: it is current). */
export const DATA_AGE_HEADER = "Parley-Data-Age";

export interface Renderer {
  /**
   * A JSON response whose body is `build()` serialised, remembered for the same `answers` (store answer objects,
   * compared by identity) and `variant` (whatever else of the request shapes the body).
   */
  json(c: Context<AppEnv>, answers: readonly object[], variant: string, build: () => unknown): Response;
}

/** one level per answer: the bodies made for the answers so far, and the levels below for a further answer */
interface Level { readonly next: WeakMap<object, Level>; readonly bodies: Map<string, string> }
const level = (): Level => ({ next: new WeakMap(), bodies: new Map() });

/**
 * @example const render = renderer((a) => store.dataAge(a)); return render.json(c, [page], `${q.limit}`, () => ({ ...page }));
 */
export function renderer(dataAge: (answer: object) => number): Renderer {
  const root = level();
  const bodies = (answers: readonly object[]): Map<string, string> => {
    let at = root;
    for (const a of answers) {
      let next = at.next.get(a);
      if (!next) { next = level(); at.next.set(a, next); }
      at = next;
    }
    return at.bodies;
  };
  return {
    json(c, answers, variant, build) {
      if (answers.length === 0) throw new Error("renderer.json needs the store answers the body is made of");
      const memo = bodies(answers);
      let body = memo.get(variant);
      if (body === undefined) { body = JSON.stringify(build()); memo.set(variant, body); }
      const age = Math.max(0, ...answers.map(dataAge));
      return c.body(body, 200, { "Content-Type": "application/json", [DATA_AGE_HEADER]: String(Math.round(age)) });
    },
  };
}
