/** The key that makes one actor of the same actor named in many articles: its code and its normalised name. */
import type { CodedActor } from "../types.ts";
import { phraseKey } from "../actors/kb/key.ts";

/** @example actorKey({ code: "LBYMIL", name: "Khalifa Haftar", ... }) === "LBYMIL:khalifa haftar" */
export function actorKey(actor: Pick<CodedActor, "code" | "name">): string {
  return `${actor.code}:${phraseKey(actor.name)}`;
}
