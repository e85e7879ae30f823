/**
 * The actor knowledge base: data files in data/actors, a validating loader, and the phrase key every lookup uses.
 */
export { loadKnowledgeBase, parseKnowledgeBase, KB_FILES, type KbFileName } from "./load.ts";
export { phraseKey } from "./key.ts";
