/**
 * Building DOM without HTML strings: every piece of data goes in through textContent or attributes, never
 * innerHTML (the CSP enforces Trusted Types, so an HTML string would throw anyway).
 */

type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | number | null | undefined | false;

function apply(el: Element, attrs: Attrs, children: readonly Child[]): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (/^on/i.test(k) || k === "style" || k === "srcdoc") throw new Error(`dom: attribute ${k} is not allowed`);
    el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

/** @example h("td", { class: "num" }, String(n)) */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** @example s("circle", { cx: 1, cy: 2, r: 3 }) */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs, children);
  return el;
}

/** A link inside the dashboard: only hash routes. */
export function route(href: string, attrs: Attrs, ...children: Child[]): HTMLAnchorElement {
  if (!href.startsWith("#/")) throw new Error(`route: ${href} is not a dashboard route`);
  return h("a", { ...attrs, href }, ...children);
}

/** A link out, only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
export function outLink(url: string | null, label?: string): Node {
  if (!url) return document.createTextNode("");
  let ok = false;
  try { ok = ["http:", "https:"].includes(new URL(url).protocol); } catch { ok = false; }
  if (!ok) return h("span", { class: "muted", title: "not an http(s) link" }, label ?? url);
  return h("a", { href: url, target: "_blank", rel: "noopener noreferrer nofollow", class: "out" }, label ?? url);
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** A titled panel. */
export function panel(title: string, ...children: Child[]): HTMLElement {
  return h("section", { class: "panel" }, h("h2", {}, title), ...children);
}

export function empty(message: string): HTMLElement {
  return h("p", { class: "empty" }, message);
}
