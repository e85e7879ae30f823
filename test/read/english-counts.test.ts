/**
 * Issue 9 (coding speed): the English check counts letters and Latin letters without a string per match; its
 * verdict and detail must be those of counting /\p{L}/gu and /\p{Script=Latin}/gu matches, on texts in several
 * scripts, with letters outside the Basic Multilingual Plane and with lone surrogates.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { judgeEnglish } from "../../src/read/english.ts";

/** The letter counts as first written: one array entry per matched letter. */
function referenceCounts(text: string): { letters: number; latin: number } {
  const sample = text.length > 3000 ? text.slice(0, 3000) : text;
  return { letters: sample.match(/\p{L}/gu)?.length ?? 0, latin: sample.match(/\p{Script=Latin}/gu)?.length ?? 0 };
}

const TEXTS: readonly [string, string][] = [
  ["English prose", "The talks in Geneva were held on Monday and the envoys said that the truce would hold for a week."],
  ["Russian", "Переговоры в Женеве прошли в понедельник, и посланники заявили, что перемирие продлится неделю и больше."],
  ["Arabic with digits", "قال المبعوث إن الهدنة ستستمر أسبوعا ١٢٣ وإن المحادثات ستستأنف في جنيف يوم الاثنين المقبل بعد العيد"],
  ["Chinese with a few Latin words", "日内瓦和谈周一举行，UN 特使表示停火将持续一周，双方同意继续谈判并交换俘虏名单和地图。"],
  ["letters outside the BMP", "𝐓𝐡𝐞 𝐭𝐚𝐥𝐤𝐬 𝐰𝐞𝐫𝐞 𝐡𝐞𝐥𝐝 𝐢𝐧 𝐆𝐞𝐧𝐞𝐯𝐚 𝐨𝐧 𝐌𝐨𝐧𝐝𝐚𝐲 𝐚𝐧𝐝 𝐭𝐡𝐞 𝐞𝐧𝐯𝐨𝐲𝐬 𝐬𝐚𝐢𝐝 𝐢𝐭 𝐰𝐨𝐮𝐥𝐝 𝐡𝐨𝐥𝐝 ok"],
  ["lone surrogates among Cyrillic", "Перемирие \ud800 продлится \udc00 неделю, заявили посланники в Женеве в понедельник вечером \ud83d"],
  ["a long text cut inside a surrogate pair", `${"a".repeat(2999)}𝐀 Москва ${"Киев ".repeat(10)}`],
];

for (const [name, text] of TEXTS) {
  test(`English check: counts the letters as matching them one by one would (${name})`, () => {
    const { letters, latin } = referenceCounts(text);
    const verdict = judgeEnglish(text);
    if (letters >= 20 && latin / letters < 0.5) {
      assert.equal(verdict.english, false);
      assert.equal(verdict.detail, `only ${((100 * latin) / letters).toFixed(1)}% of ${letters} letters are Latin script`);
    } else {
      assert.doesNotMatch(verdict.detail, /letters are Latin script/);
    }
  });
}
