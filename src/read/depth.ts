/**
 * How deep an HTML page nests, measured as a browser would build it, by a linear scan without a parse: end tags
 * the HTML standard implies (an open <p> closed by the next <p> or <div>, an <li> by the next <li>, a cell by the
 * next cell or row) are applied, stray end tags are ignored, and comments, void elements and the insides of
 * <script>/<style> do not count. A page of 600 unclosed <p>s is one level deep, as its DOM is. (Elements a browser
 * would insert, such as <tbody>, are not counted.)
 */

const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "keygen", "frame",
]);
/** elements whose content is text up to their own end tag */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes"]);
/** start tags that close an open <p> (the standard's list) */
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
  "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "dd", "dt",
]);
/** for a start tag: the open elements it closes, and the elements that stop the search for them */
const IMPLIED: Readonly<Record<string, { closes: ReadonlySet<string>; stops: ReadonlySet<string> }>> = (() => {
  const set = (...names: string[]): ReadonlySet<string> => new Set(names);
  const list = set("ul", "ol", "menu", "table", "body", "html");
  const dl = set("dl", "table", "body", "html");
  const table = set("table", "body", "html");
  return {
    li: { closes: set("li"), stops: list },
    dd: { closes: set("dd", "dt"), stops: dl },
    dt: { closes: set("dd", "dt"), stops: dl },
    option: { closes: set("option"), stops: set("select", "datalist", "body", "html") },
    tr: { closes: set("tr"), stops: set("table", "thead", "tbody", "tfoot", "body", "html") },
    td: { closes: set("td", "th"), stops: set("tr", "table", "body", "html") },
    th: { closes: set("td", "th"), stops: set("tr", "table", "body", "html") },
    thead: { closes: set("thead", "tbody", "tfoot"), stops: table },
    tbody: { closes: set("thead", "tbody", "tfoot"), stops: table },
    tfoot: { closes: set("thead", "tbody", "tfoot"), stops: table },
  };
})();
/** elements a <p> closed by a block start tag may not be searched past ("button scope") */
const P_SCOPE = new Set(["button", "table", "td", "th", "caption", "marquee", "object", "applet", "template", "html"]);
const P = new Set(["p"]);

// A tag: "<", an optional "/", a name, then anything up to the next ">" that holds no "<" (so a run of "<a " with
// no ">" costs linear time, not quadratic).
const TAG = /<(\/?)([a-zA-Z][\w:-]*)([^<>]*)>|<!--|<![^<>]*>/g;

/** Closes the topmost open element named in `closes` (and all open inside it), unless an element of `stops` comes first. */
function closeImplied(stack: string[], closes: ReadonlySet<string>, stops: ReadonlySet<string>): void {
  for (let i = stack.length - 1; i >= 0; i--) {
    const name = stack[i] as string;
    if (closes.has(name)) { stack.length = i; return; }
    if (stops.has(name)) return;
  }
}

/**
 * Deepest element nesting of an HTML string. Stops counting at `limit` (the result is then `limit + 1`), so a
 * caller that only compares with a limit never pays for more.
 *
 * @example htmlDepth("<div><p>one<p>two</div>") === 2
 */
export function htmlDepth(html: string, limit = Number.MAX_SAFE_INTEGER): number {
  const stack: string[] = [];
  let max = 0;
  const tag = new RegExp(TAG.source, "g");
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    if (m[0] === "<!--") {
      const end = html.indexOf("-->", tag.lastIndex);
      if (end < 0) break;
      tag.lastIndex = end + 3;
      continue;
    }
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // <!doctype …> and other declarations
    if (m[1] === "/") {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (CLOSES_P.has(name)) closeImplied(stack, P, P_SCOPE);
    const implied = IMPLIED[name];
    if (implied !== undefined) closeImplied(stack, implied.closes, implied.stops);
    if (VOID.has(name) || (m[3] ?? "").endsWith("/")) continue;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, "gi");
      close.lastIndex = tag.lastIndex;
      const end = close.exec(html);
      if (end === null) break;
      tag.lastIndex = end.index;
      continue;
    }
    stack.push(name);
    if (stack.length > max) max = stack.length;
    if (max > limit) return max;
  }
  return max;
}
