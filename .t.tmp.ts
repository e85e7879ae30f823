import { analyse } from "./src/language/analyse.ts";
const t = "Erdoğan met Lavrov in Moscow. He can't go—Gen. Haftar didn't.  U.S. forces said \u201cno\u201d on Jan. 5, 2020.\nNew para here without stop\nŁódź and Saʿid met Kyiv’s envoy. Sanctions on the U.S. The ministry said. U.S. Secretary of State Mike Pompeo said.";
const a = analyse(t);
for (const s of a.sentences) console.log(JSON.stringify(s.text), s.tokenStart, s.tokenEnd);
console.log(a.tokens.map(x=>`${x.text}|${x.lower}|${x.lemma}|${x.pos}|${t.slice(x.start,x.end)===x.text}`).join(' '));
