/**
 * Parses a set of PETRARCH dictionary files (name → text) into their raw entries, with every problem as
 * "FILE:LINE: message". Pure: nothing is read from disk here.
 */
import { parseActors, type PetrActor } from "./actors.ts";
import { parseAgents, type PetrAgent } from "./agents.ts";
import { parseDiscards, type PetrDiscard } from "./discards.ts";
import { parseVerbs, type PetrVerbBlock } from "./verbs.ts";
import { kindOfFile, type DictKind } from "./files.ts";

export interface ParsedDictionaries {
  readonly actors: { file: string; items: PetrActor[] }[];
  readonly agents: { file: string; items: PetrAgent[] }[];
  readonly verbs: { file: string; blocks: PetrVerbBlock[] }[];
  readonly discards: PetrDiscard[];
  readonly synsets: Map<string, string[]>;
  /** entries per file: "actors 240", "verb blocks 180, patterns 735" */
  readonly counts: Record<string, Record<string, number>>;
  readonly skipped: string[];
  readonly problems: string[];
  /**
   * "universal" when the set is UniversalPetrarch's (it ships an Internal Coding Ontology file), whose coder
   * keeps an actor's alternative codes together; "petrarch" otherwise
   */
  flavour: "petrarch" | "universal";
}

export function parseDictionaries(files: Readonly<Record<string, string>>): ParsedDictionaries {
  const out: ParsedDictionaries = { actors: [], agents: [], verbs: [], discards: [], synsets: new Map(), counts: {}, skipped: [], problems: [], flavour: "petrarch" };
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const kind: DictKind | null = kindOfFile(file);
    if (kind === "actors") {
      const r = parseActors(file, text);
      out.actors.push({ file, items: r.items });
      out.problems.push(...r.problems);
      out.counts[file] = { actors: r.items.length, names: r.items.reduce((n, a) => n + a.names.length, 0), dated: r.items.filter((a) => a.codes.some((c) => c.from || c.to)).length };
    } else if (kind === "agents") {
      const r = parseAgents(file, text);
      out.agents.push({ file, items: r.items });
      out.problems.push(...r.problems);
      out.counts[file] = { agents: r.items.length, forms: r.items.reduce((n, a) => n + a.forms.length, 0) };
    } else if (kind === "discards") {
      const r = parseDiscards(file, text);
      out.discards.push(...r.items);
      out.problems.push(...r.problems);
      out.counts[file] = { discards: r.items.length, story: r.items.filter((d) => d.story).length };
    } else if (kind === "verbs") {
      const r = parseVerbs(file, text);
      out.verbs.push({ file, blocks: r.blocks });
      for (const [name, members] of r.synsets) out.synsets.set(name, members);
      out.problems.push(...r.problems);
      out.counts[file] = {
        blocks: r.blocks.length, verbs: r.blocks.reduce((n, b) => n + b.verbs.length, 0),
        patterns: r.blocks.reduce((n, b) => n + b.patterns.length, 0), synsets: r.synsets.size,
      };
    } else {
      if (/ontology/i.test(file)) out.flavour = "universal";
      out.skipped.push(file);
    }
  }
  return out;
}
