/**
 * Joins adjacent parts (parts.ts) into actor phrases — "Russian Foreign Minister Sergei Lavrov", "Iraq's national
 * security advisor", "the Libyan National Army" — and works out who each phrase is: its CAMEO code, country, kind
 * and display name.
 */
import type { Syntax, Token } from "../doc.ts";
import type { ActorKind } from "../types.ts";
import type { Gazetteer, KbEntry } from "../resources.ts";
import type { Part } from "./parts.ts";
import { phraseKey } from "./kb/key.ts";
import { MODIFIERS } from "./words.ts";

export interface Chunk {
  readonly start: number; // token index of the first part
  readonly end: number; // token index one past the last part
  readonly parts: readonly Part[];
}

export interface Identity {
  readonly key: string;
  readonly name: string;
  readonly code: string;
  readonly country: string | null;
  readonly kind: ActorKind;
  readonly via: string;
  /** the head agent word ("minister", "army"), for "the minister" coreference */
  readonly agentWord?: string | null;
}

const GLUE = new Set(["'s", "’s", "of", "the", "-", "'", "’", "and"]);

/** Groups parts separated only by modifiers, "of", "'s" into chunks. "and" joins only inside names of bodies. */
export function chunkParts(tokens: readonly Token[], parts: readonly Part[], syntax: Syntax | null = null): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Part[] = [];
  const flush = () => {
    if (current.length) chunks.push({ start: current[0]!.start, end: current.at(-1)!.end, parts: current });
    current = [];
  };
  for (const part of parts) {
    const prev = current.at(-1);
    if (prev) {
      let joinable = part.start - prev.end <= 4;
      for (let k = prev.end; k < part.start && joinable; k++) {
        const w = tokens[k]!.lower;
        // "Ithilen's awful and evil minister": "and" between adjectives after a possessive stays in the phrase
        if (w === "and") joinable = tokens[k - 1]?.pos === "ADJ" && tokens[k + 1]?.pos === "ADJ" && possessive(tokens, prev.end);
        // capitalised words of a long title ("Turkey's Ground Forces Chief") belong to it
        else if (!GLUE.has(w) && !MODIFIERS.has(w) && !(/^[A-Z]/.test(tokens[k]!.text) && part.entries.some((e) => e.kind === "agent")) &&
          !(tokens[k]!.pos === "ADJ" && possessive(tokens, prev.end) && part.entries.some((e) => e.kind === "agent")) &&
          !(syntax && titleModifier(syntax, tokens, k, prev.start, part.end) && part.entries.some((e) => e.kind === "agent"))) joinable = false;
      }
      // two unknown names in a row, or two full actors of different countries, are two actors
      if (joinable && !prev.entries.length && !part.entries.length) joinable = false;
      // ("President Putin of Russia" is one, "Gondor of the Prince of Dol Amroth" two: "of" joins a place)
      if (joinable && isWhole(prev) && isWhole(part) && (tokens[prev.end]?.lower !== "of" || !isPlace(part))) joinable = false;
      if (!joinable) flush();
    }
    current.push(part);
  }
  flush();
  return chunks;
}

/**
 * "UN Middle East peace envoy", "the army's chief of staff": a lower-case noun or adjective that the tree makes a
 * compound or adjective of a word of the same phrase, before the title it qualifies, is part of that title.
 */
function titleModifier(syntax: Syntax, tokens: readonly Token[], k: number, start: number, end: number): boolean {
  const rel = syntax.deprels[k] ?? "";
  const head = syntax.heads[k] ?? -1;
  return (rel === "compound" || rel === "amod") && head > k && head >= start && head < end && /^[a-z]/.test(tokens[k]!.text) &&
    (tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "ADJ");
}

/** the part ending at `end` is followed by "'s" */
const possessive = (tokens: readonly Token[], end: number): boolean => /^['’]s$/.test(tokens[end]?.text ?? "");

/** a part that names a country or capital */
function isPlace(p: Part): boolean {
  return p.entries.some((e) => e.kind === "country" || e.kind === "capital" || e.kind === "demonym");
}

/** a part that names an actor by itself (a country, person, organisation) rather than qualifying one */
function isWhole(p: Part): boolean {
  return p.entries.some((e) => e.kind === "person" || e.kind === "group" || e.kind === "igo" || e.kind === "ngo" || e.kind === "country");
}

/**
 * The grouping key of an actor known by its code: the agent word keeps "the army" and "government forces" apart
 * even where both are coded LBYMIL.
 */
export const actorKey = (code: string, agentWord: string | null | undefined): string =>
  agentWord ? `code:${code}:${agentWord}` : `code:${code}`;

/** Picks the person role valid on the reference date, else the most recent role. */
export function pickRole(entries: readonly KbEntry[], date: string | null): KbEntry | undefined {
  const people = entries.filter((e) => e.kind === "person");
  if (!people.length) return undefined;
  if (date) {
    const valid = people.find((e) => (!e.from || e.from <= date) && (!e.to || e.to >= date));
    if (valid) return valid;
  }
  return [...people].sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""))[0];
}

export const AGENT_KIND: Readonly<Record<string, ActorKind>> = {
  GOV: "government", MIL: "military", REB: "rebel", INS: "rebel", UAF: "rebel", SEP: "rebel", PTY: "party",
  OPP: "group", COP: "government", JUD: "government", LEG: "government", SPY: "government", IGO: "igo", NGO: "ngo",
};

/**
 * The agent code of a phrase whose head is a role and whose modifier is a body of another sector: a generic
 * personal role of government ("official", "spokesman", "leader") is of the body it is named for ("a rebel
 * official" REB, "an opposition spokesman" OPP, "the army spokesman" MIL), and fighters named for a government or
 * an army are its forces ("regime fighters", "government fighters" MIL).
 */
function sectorOf(head: KbEntry | undefined, agents: readonly KbEntry[]): string {
  if (!head) return "";
  const code = head.code;
  const body = agents.filter((e) => e !== head && !e.personal && e.code !== code).at(-1);
  if (!body) return code;
  if (code === "GOV" && head.personal) return body.code;
  if (code === "REB" && (body.code === "GOV" || body.code === "MIL")) return "MIL";
  return code;
}

export function identify(chunk: Chunk, date: string | null, gazetteer: Gazetteer): Identity | null {
  const all = chunk.parts.flatMap((p) => p.entries);
  const allAgents = all.filter((e) => e.kind === "agent");
  // a leading agent code ("MSF Arnor" → NGOARN) goes before the country; the last other agent is the head
  const lead = allAgents.filter((e) => e.leading).map((e) => e.code).join("");
  const agents = allAgents.filter((e) => !e.leading);
  const head = agents.at(-1) ?? allAgents.at(-1);
  const agentCode = head?.leading ? "" : sectorOf(head, agents);
  const person = pickRole(all, date);
  const body = all.find((e) => e.kind === "group" || e.kind === "igo" || e.kind === "ngo");
  const place = all.find((e) => e.kind === "country" || e.kind === "demonym" || e.kind === "capital");
  // unknown capitalised words: a town ("New York Gov. Andrew Cuomo") and, after a title, a person's name
  const unknown = chunk.parts.filter((p) => !p.entries.length);
  const townPart = unknown.find((p) => gazetteer.lookup(phraseKey(p.text))?.length);
  const unknownName = unknown.filter((p) => p !== townPart).at(-1);
  const agentWord = head ? head.name.toLowerCase() : null;
  // "officials", "ministers": a plural title names a group, not one person a later "he" could refer to
  const headText = chunk.parts.filter((p) => p.entries.some((e) => e.kind === "agent")).at(-1)?.text ?? "";
  const onePerson = !!head?.personal && !/[^s]s$/i.test(headText);
  // an unknown name right after "of" may be a town: "the mayor of Nablus"
  const town = townPart ? gazetteer.lookup(phraseKey(townPart.text))?.[0] : undefined;
  const country = person?.country ?? body?.country ?? place?.code.slice(0, 3) ?? town?.country ?? null;

  if (person) {
    return { key: `person:${phraseKey(person.name)}`, name: person.name, code: person.code, country, kind: "person", via: "kb", agentWord };
  }
  const titled = unknownName && chunk.parts.slice(0, chunk.parts.indexOf(unknownName)).some((p) => p.entries.some((e) => e.kind === "agent" && e.personal));
  // ("UN Middle East peace envoy Tor Wennesland": a titled person of a body named in the phrase is coded as the body)
  const bodyCode = body ? (body.code.startsWith("IGO") || body.code.length === 3 ? body.code + (agentCode && !body.code.endsWith(agentCode) ? agentCode : "") : body.code) : null;
  if (unknownName && titled) {
    const code = bodyCode ?? (country ?? "---") + agentCode;
    return { key: `person:${phraseKey(unknownName.text)}`, name: unknownName.text, code, country, kind: "person", via: "title", agentWord };
  }
  if (body && bodyCode) {
    const code = bodyCode;
    const key = `body:${body.code}:${phraseKey(body.name)}`;
    // "the leader of Hamas", "Hamas's spokesman": one person of the body, coded as the body, not the body itself
    if (onePerson) return { key: `${key}:${agentWord}`, name: surfaceName(chunk), code, country, kind: "person", via: "kb", agentWord };
    return { key, name: body.name, code, country, kind: body.actorKind, via: "kb", agentWord };
  }
  if (place) {
    const iso = place.code.slice(0, 3);
    // alternatives ("FRO/BIL/SAM", one dictionary name for several actors) each take the agent
    const code = place.code.split("/").map((c) => lead + c.slice(0, 3) + agentCode).join("/");
    const kind: ActorKind = head ? (onePerson ? "person" : AGENT_KIND[agentCode] ?? head.actorKind) : "state";
    // a titled or agent phrase keeps the words the article used: "Russian Foreign Minister", "Libya's rival forces"
    const name = head ? surfaceName(chunk) : place.name;
    return { key: actorKey(code, agentWord), name, code, country: iso, kind, via: place.kind, agentWord };
  }
  if (head) {
    const code = lead ? lead + (town?.country ?? "") + agentCode : (town?.country ?? "---") + agentCode;
    return { key: actorKey(code, agentWord), name: head.name, code, country: town?.country ?? null, kind: onePerson ? "person" : AGENT_KIND[agentCode] ?? head.actorKind, via: "agent", agentWord };
  }
  return null;
}

/** the text of a chunk's parts from the first to the last, as written */
function surfaceName(chunk: Chunk): string {
  return chunk.parts.map((p) => p.text).join(" ").replace(/\s+(['’]s)\b/g, "$1");
}
