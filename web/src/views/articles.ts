/** Articles: the stored articles, newest first, or full-text matches when the Text filter is set. */
import { get, type ArticleHit, type ArticleSummary, type Page } from "../api.ts";
import { empty, h, panel, route } from "../dom.ts";
import { articleAt, filtersOf, hashFor, type Location } from "../state.ts";

const PAGE = 50;

/** Search snippets mark matches with [ and ]: shown as <mark> built from text nodes. */
function snippet(text: string): HTMLElement {
  const out = h("span", { class: "snippet" });
  for (const [i, part] of text.split(/\[|\]/).entries()) out.append(i % 2 ? h("mark", {}, part) : document.createTextNode(part));
  return out;
}

export async function articlesView(root: HTMLElement, loc: Location): Promise<void> {
  const filters = filtersOf(loc.params);
  const offset = Math.max(0, Number(loc.params.get("offset") ?? "0") || 0);
  const page = await get<Page<ArticleSummary | ArticleHit>>("articles", { q: filters.q, limit: PAGE, offset });
  const rows = page.items.map((a) => h("tr", { class: "article-row" },
    h("td", { class: "nowrap" }, a.published ?? "—"),
    h("td", {}, route(articleAt(a.id), { class: "article-link" }, a.title || "(untitled)"), "snippet" in a ? h("div", {}, snippet(a.snippet)) : null),
    h("td", {}, a.source ?? "—"),
    ...("events" in a ? [h("td", { class: "num" }, String(a.events)), h("td", { class: "num" }, String(a.actors)), h("td", { class: "num" }, String(a.quotes))] : [h("td"), h("td"), h("td")])));
  const at = (o: number): string => hashFor("articles", null, { ...filters, offset: o ? String(o) : null });
  root.append(panel(filters.q ? `Articles matching “${filters.q}” (${page.total})` : `Articles (${page.total})`,
    rows.length ? h("table", { class: "grid" },
      h("thead", {}, h("tr", {}, ...["Published", "Title", "Source", "Events", "Actors", "Quotes"].map((x) => h("th", { scope: "col" }, x)))),
      h("tbody", {}, ...rows)) : empty("No articles."),
    h("p", { class: "pager" }, offset > 0 ? h("a", { href: at(Math.max(0, offset - PAGE)) }, "← Previous") : null, " ",
      offset + PAGE < page.total ? h("a", { href: at(offset + PAGE) }, "Next →") : null)));
}
