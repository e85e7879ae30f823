/**
 * A government named as the owner of an act of military force — "regime air raids", "government shelling", "the
 * regime's bombardment" — is its armed forces: conventional military force (CAMEO root 19) is used by a state's
 * military, and the careful coder codes "Syrian government air strikes" SYRMIL. Read from the tree: the government
 * mention is a compound, adjective or possessor of a noun that an event pattern of root 19 covers. A government
 * that orders, condemns or talks stays the government; people (a president, a minister) are never recoded.
 */
import type { ActorMention, Doc } from "../doc.ts";
import type { Stage } from "../stage.ts";
import { findTriggers } from "../events/triggers.ts";

const MODIFIER = new Set(["compound", "amod", "nmod:poss"]);

export const forceOwnerStage: Stage = {
  name: "force-owner",
  reads: ["sentences", "tokens", "syntax", "mentions"],
  adds: ["mentions"],
  run(doc, ctx) {
    const tokens = doc.tokens ?? [];
    const syntax = doc.syntax;
    const mentions = doc.mentions ?? [];
    const government = (m: ActorMention) => m.kind !== "person" && m.code.length === 6 && m.code.endsWith("GOV");
    if (!syntax || !syntax.heads.length || !mentions.some(government)) return doc;
    const sentences = doc.sentences ?? [];
    const forceTokens = new Map<number, Set<number>>();
    const forceIn = (sentence: number): Set<number> => {
      let set = forceTokens.get(sentence);
      if (set) return set;
      set = new Set();
      const s = sentences[sentence];
      if (s) for (const t of findTriggers(tokens, s.tokenStart, s.tokenEnd, ctx.verbs)) {
        if (t.pattern.code.startsWith("19")) for (let i = t.head; i < t.end; i++) set.add(i);
      }
      forceTokens.set(sentence, set);
      return set;
    };
    let changed = false;
    const out = mentions.map((m): ActorMention => {
      if (!government(m) || m.via === "coref") return m;
      // climb from the mention's last word through the modifiers it heads into
      let h = m.tokenEnd - 1;
      if (h > m.tokenStart && /^['’]s?$/.test(tokens[h]!.text)) h--; // "the government's"
      if (!MODIFIER.has(syntax.deprels[h] ?? "")) return m;
      const force = forceIn(m.sentence);
      while (h >= 0 && MODIFIER.has(syntax.deprels[h] ?? "")) {
        h = syntax.heads[h]!;
        if (h >= 0 && force.has(h) && syntax.upos[h] === "NOUN") {
          changed = true;
          const code = `${m.code.slice(0, 3)}MIL`;
          return { ...m, code, key: m.key.replace(m.code, code), kind: "military" };
        }
      }
      return m;
    });
    return changed ? { ...doc, mentions: out } : doc;
  },
};
