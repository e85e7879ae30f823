// The gold records are one-line texts: reading pasted pages' headers must leave each of them whole, as its body,
// with no title, author or date taken from it (issue 10). Read in place from ../shared/gold, never copied.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readArticle } from "../../src/read/index.ts";
import { decodeEntities } from "../../src/read/entities.ts";
import { stripMarkdown } from "../../src/read/markdown.ts";

const GOLD = fileURLToPath(new URL("../../../shared/gold/", import.meta.url));

test("every one-line gold text is read whole as the body, with no header taken from it", (t) => {
  if (!existsSync(GOLD)) return t.skip(`../shared/gold not found: ${GOLD}`);
  let read = 0;
  for (const file of readdirSync(GOLD).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of readFileSync(`${GOLD}${file}`, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const record = JSON.parse(line) as { id: string; text: string };
      if (/[\r\n]/.test(record.text)) continue;
      const r = readArticle({ text: record.text });
      if (!r.ok) continue; // not English, or empty: nothing to compare
      read++;
      const { title, author, source, published, text } = r.value;
      assert.deepEqual({ title, author, source, published }, { title: null, author: null, source: null, published: null }, record.id);
      // the whole line, entities decoded and Markdown marks stripped as in any body
      const whole = decodeEntities(record.text).normalize("NFC").replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "").replace(/\s+/g, " ").trim();
      assert.equal(text, stripMarkdown(whole).text.replace(/\s+/g, " "), record.id);
    }
  }
  assert.ok(read > 1000, `records read: ${read}`);
});
