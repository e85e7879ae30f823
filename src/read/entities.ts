/**
 * Character references left in plain text ("Trade &amp; aid", "&#8217;"), as scraped feeds and exports often
 * carry them: the common named ones and every numeric one become their characters. Only for text that is not
 * HTML — an HTML parser has decoded its own, and a second pass would turn "&amp;lt;" into "<".
 */
import { replaceTraced, type Traced } from "./traced.ts";

const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: " ", ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’",
  ldquo: "“", rdquo: "”", hellip: "…", eacute: "é", egrave: "è", aacute: "á", oacute: "ó", uuml: "ü", ouml: "ö",
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/** The character a reference stands for, or the reference itself when it names none. */
function decoded(whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
  const cp = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
  // NUL, surrogates and what lies past Unicode stay as written
  return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : whole;
}

/**
 * @example decodeEntities("Trade &amp; aid &#8217;24") // "Trade & aid ’24"
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, decoded);
}

/** decodeEntities on traced text: each decoded character is sourced from its whole reference. */
export function decodeTracedEntities(t: Traced): Traced {
  if (!t.text.includes("&")) return t;
  return replaceTraced(t, REFERENCE, (m) => {
    const out = decoded(m[0], m[1], m[2], m[3]);
    return out === m[0] ? [[m.index, m.index + m[0].length]] : [out];
  });
}
