/**
 * The CAMEO codebook with its PLOVER 2021 and ACLED mappings: loader, validator and lookups.
 */
export { loadCodebook, readCodebook, DEFAULT_CODEBOOK_DIR, CODEBOOK_FILE } from "./load.ts";
export { parseCodebook, CODEBOOK_COLUMNS } from "./parse.ts";
export { compileCodebook, resolveCode, type CompiledCodebook } from "./compile.ts";
export { quadClassOf, type QuadClass } from "./quad.ts";
export { PLOVER_TYPES, isPloverType, type PloverType } from "./plover.ts";
export { ACLED_TAXONOMY, ACLED_EVENT_TYPES, isAcledPair, acledType } from "./acled.ts";
