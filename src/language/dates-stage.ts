/**
 * The dates stage: every date phrase in every sentence, resolved against the publication date (`doc.reference`).
 */
import type { Doc } from "../doc.ts";
import type { Context, Stage } from "../stage.ts";
import type { CodedDate } from "../types.ts";
import { findDates } from "./dates.ts";

/** Cheap filter: sentences without any of these cannot hold a date chrono would find. */
const DATE_HINT = new RegExp(String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|yesterday|today|tonight|tomorrow|night|morning|afternoon|evening|weekend|(?:week|month|year)s?|ago|midnight|noon|(?:1[89]|20)\d\d)\b|\d{1,2}[/.-]\d{1,2}`, "i");

/**
 * Adds `dates`: offsets point into `doc.article.text`, `sentence` is the sentence index.
 *
 * @example datesStage.run(doc, ctx).dates // [{ text: "on Monday", date: "2020-01-13", precision: "day", ... }]
 */
export const datesStage: Stage = {
  name: "dates",
  reads: ["sentences"],
  adds: ["dates"],
  run(doc: Doc, ctx: Context): Doc {
    const dates: CodedDate[] = [];
    for (const sentence of doc.sentences ?? []) {
      if (!DATE_HINT.test(sentence.text)) continue;
      for (const f of findDates(sentence.text, doc.reference)) {
        const start = sentence.start + f.index;
        if (f.corrected !== null) ctx.debug?.(() => `dates: "${f.text}" → ${f.date} (${f.corrected})`);
        dates.push({
          text: f.text, start, end: start + f.text.length, date: f.date, precision: f.precision,
          sentence: sentence.index,
        });
      }
    }
    return { ...doc, dates };
  },
};
