/**
 * PETRARCH actors and agents as our knowledge-base records (src/actors/kb): a plain country-like code (three
 * letters) becomes a `country` entry, so agents combine with it ("Gondor troops" → GONMIL); a longer code a
 * `group`; an actor with date-restricted codes one `person` entry per role, which the actors stage picks by the
 * article's date. Agents become `agent` entries with their code.
 */
import type { ActorKind } from "../types.ts";
import type { KbEntry, KnowledgeBase, Country } from "../resources.ts";
import type { KbRecord } from "../actors/kb/rows.ts";
import { compileKnowledgeBase } from "../actors/kb/compile.ts";
import type { PetrActor } from "./actors.ts";
import type { PetrAgent } from "./agents.ts";

const AGENT_KIND: Readonly<Record<string, ActorKind>> = {
  GOV: "government", MIL: "military", REB: "rebel", INS: "rebel", UAF: "rebel", SEP: "rebel", PTY: "party",
  COP: "government", JUD: "government", LEG: "government", SPY: "government",
};
/** agent words that name a person, so "President Xyz" is a person (the others name bodies) */
const PERSONAL = /(ent|ster|er|or|ist|man|men|ian|ial|at|ant|ess|ee|ief|judge|general|leader|king|queen|cleric|official|officials|people|person|persons)$/;

/** The display name of a dictionary phrase: "minas tirith" → "Minas Tirith" */
const display = (words: readonly string[]) => words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");

/** Short single-word names (UN, UAE, IMF) keep their capitals so the matcher treats them as acronyms. */
function formOf(words: readonly string[]): string {
  const joined = words.join(" ");
  const letters = joined.replace(/\./g, "");
  return words.length === 1 && letters.length <= 3 && /\./.test(joined) ? joined.toUpperCase() : joined;
}

function kindOf(whole: string): ActorKind {
  const code = whole.split("/")[0]!;
  if (code.startsWith("IGO")) return "igo";
  if (code.startsWith("NGO")) return "ngo";
  return AGENT_KIND[code.slice(3, 6)] ?? (code.length === 3 ? "state" : "group");
}

const SECTORS = new Set(["ELI", "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "BUS", "MED", "CVL", "REF"]);

/**
 * A usable actor code: letters and dashes; discard markers (+++, ###) are not. Alternatives (`[ELR/GAL]`, one
 * name for several actors) are kept whole: PETRARCH codes an event per alternative, UniversalPetrarch the
 * whole code once (see `alternatives` in coder.ts). Where one alternative is not usable, the first usable one.
 */
export function actorCode(raw: string): string | null {
  // letters, digits and dashes with a letter somewhere ("G77", "---GOV"); "---" alone is the null actor
  const alts = raw.toUpperCase().split("/").filter((c) => /^[A-Z0-9-]{3,}$/.test(c) && (/[A-Z]/.test(c) || c === "---"));
  return alts.length ? alts.join("/") : null;
}

export function actorRecords(actors: readonly PetrActor[], file: string): KbRecord[] {
  const records: KbRecord[] = [];
  for (const a of actors) {
    const forms = a.names.map(formOf);
    const name = display(a.names[0]!);
    const where = `${file}:${a.line}`;
    const dated = a.codes.some((c) => c.from || c.to);
    // a bare sector code ([ELI] after the roles) takes the root of the actor's last role
    const root = [...a.codes].reverse().find((c) => c.code.length > 3 || !SECTORS.has(c.code))?.code.slice(0, 3);
    const codes = a.codes
      .map((c) => ({ ...c, code: actorCode(SECTORS.has(c.code) && root ? root + c.code : c.code) }))
      .filter((c): c is typeof c & { code: string } => c.code !== null);
    if (!codes.length) continue;
    if (dated) {
      // dated roles first, in file order: the first role valid on the day wins; the undated default last
      const ordered = [...codes.filter((c) => c.from || c.to), ...codes.filter((c) => !c.from && !c.to)];
      for (const c of ordered) {
        const entry: KbEntry = {
          kind: "person", name, code: c.code, country: countryOf(c.code), actorKind: "person",
          ...(c.from ? { from: c.from } : {}), ...(c.to ? { to: c.to } : {}),
        };
        records.push({ entry, forms, where });
      }
      continue;
    }
    const code = codes[0]!.code;
    const entry: KbEntry = { kind: code.split("/")[0]!.length === 3 && code !== "---" ? "country" : "group", name, code, country: countryOf(code), actorKind: kindOf(code) };
    records.push({ entry, forms, where });
  }
  return records;
}

/** the country part of a code (of its first alternative) */
const countryOf = (code: string): string | null => (/^[A-Z]{3}/.test(code) && !/^(IGO|NGO|IMG|MNC)/.test(code) ? code.slice(0, 3) : null);

export function agentRecords(agents: readonly PetrAgent[], file: string): KbRecord[] {
  return agents.map((a) => {
    const forms = a.forms.map((f) => f.join(" "));
    const head = a.forms[0]!.at(-1) ?? "";
    const entry: KbEntry = {
      kind: "agent", name: a.forms[0]!.join(" "), code: a.code, country: null,
      actorKind: AGENT_KIND[a.code.slice(0, 3)] ?? "group", personal: PERSONAL.test(head) && !/(ment|ministry|ion)$/.test(head),
      ...(a.leading ? { leading: true } : {}),
    };
    return { entry, forms, where: `${file}:${a.line}` };
  });
}

/** Compiles records into a KnowledgeBase; `countries` only serves kb.country() (names of ISO codes). */
export function compileDictionaryKb(records: readonly KbRecord[], countries: readonly Country[]): { kb: KnowledgeBase; problems: readonly string[] } {
  return compileKnowledgeBase(countries, records);
}
