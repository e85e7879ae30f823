/**
 * A chrono parser for a bare year after a preposition ("in 2019", "since 2011", "by 2030"), which chrono's
 * English parsers leave alone. The preposition is part of the result's text, as "on" is in chrono's "on Monday"
 * (chrono drops results that are digits only).
 */
import type { Parser, ParsingContext } from "chrono-node";

const PATTERN = /\b(?:in|since|during|until|till|by|from|through|throughout|before|after|early|late|mid-?)\s+((?:1[89]|20)\d{2})\b(?![\d%,.]\d|\s*(?:%|per\s?cent|percent))/i;

/** The year parser, to be added to a chrono configuration's `parsers`. */
export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    return context.createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]) });
  },
};
