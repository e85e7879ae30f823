/** Article reader: the text with actors, events, quotes, dates and places highlighted; every event linked to its
 * sentence. `?event=<id>` (the article's own event id) or `?stored=<id>` opens it at that event's sentence. */
import { get, type ArticleView, type CodedEvent } from "../api.ts";
import { empty, h, outLink, panel } from "../dom.ts";
import { QUAD, fmtDate, signed } from "../format.ts";
import { eventDate } from "../date-mark.ts";
import { segments, sentenceAround, sentenceStarts, type Span } from "../annotate.ts";
import { hashFor, type Location } from "../state.ts";

/** Joins the ids in a data-* attribute: actor ids have spaces ("person:khalifa haftar"), never line breaks. */
const SEP = "\n";
const KINDS = [["actor", "Actors"], ["event", "Event triggers"], ["quote", "Quotes"], ["date", "Dates"], ["place", "Places"]] as const;

function eventLine(e: CodedEvent, names: Map<string, string>): string {
  const side = (refs: CodedEvent["source"]): string => refs.map((r) => names.get(r.actor) ?? r.name).join(", ") || "—";
  return `${side(e.source)} → ${side(e.target)}`;
}

export async function readerView(root: HTMLElement, loc: Location): Promise<void> {
  if (!loc.id) { root.append(empty("No article chosen.")); return; }
  const v = await get<ArticleView>(`articles/${encodeURIComponent(loc.id)}`);
  const { article } = v;
  const text = article.text;
  const names = new Map(v.actors.map((a) => [a.id, a.name]));
  const starts = sentenceStarts(text);
  const spans: Span[] = [
    ...v.actors.flatMap((a) => a.mentions.map((m): Span => ({ start: m.start, end: m.end, kind: "actor", ref: a.id, title: `${a.name} · ${a.code}` }))),
    ...v.events.map((e): Span => ({ start: e.span[0], end: e.span[1], kind: "event", ref: e.id, title: `${e.negated ? "NOT " : ""}${e.cameo_name} (${e.cameo})` })),
    ...v.events.map((e): Span => { const [a, b] = sentenceAround(starts, text.length, e.span[0], e.span[1]); return { start: a, end: b, kind: "sentence", ref: e.id }; }),
    ...v.quotes.map((q, i): Span => ({ start: q.start, end: q.end, kind: "quote", ref: `q${i}`, title: q.speaker_name ? `quote: ${q.speaker_name}` : "quote" })),
    ...v.dates.map((d): Span => ({ start: d.start, end: d.end, kind: "date", ref: d.date, title: `${d.date} (${d.precision})` })),
    ...v.places.map((p): Span => ({ start: p.start, end: p.end, kind: "place", ref: p.name, title: [p.name, p.admin1, p.country].filter(Boolean).join(", ") })),
  ];
  const body = h("div", { class: "article-text", lang: "en" });
  // one line break between paragraphs reads as a cramped list: show it as a blank line (offsets are unaffected)
  const airy = !text.includes("\n\n");
  for (const seg of segments(text.length, spans)) {
    const raw = text.slice(seg.start, seg.end);
    const piece = airy ? raw.replace(/\n/g, "\n\n") : raw;
    if (seg.spans.length === 0) { body.append(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(seg.spans.map((s) => s.kind))];
    const el = h("span", { class: kinds.map((k) => `a-${k}`).join(" "), title: seg.spans.filter((s) => s.title).map((s) => s.title).join(" · ") || null }, piece);
    const refs = (k: string): string => seg.spans.filter((s) => s.kind === k).map((s) => s.ref).join(SEP);
    if (kinds.includes("sentence")) el.dataset["sent"] = refs("sentence");
    if (kinds.includes("actor")) el.dataset["actor"] = refs("actor");
    if (kinds.includes("event")) el.dataset["event"] = refs("event");
    if (kinds.includes("quote")) el.dataset["quote"] = refs("quote");
    body.append(el);
  }

  const eventItems = new Map<string, HTMLElement>();
  const select = (id: string, scroll: boolean): void => {
    body.querySelectorAll(".sel").forEach((x) => x.classList.remove("sel"));
    eventItems.forEach((li) => li.classList.remove("active"));
    const hits = [...body.querySelectorAll<HTMLElement>("[data-sent]")].filter((x) => (x.dataset["sent"] ?? "").split(SEP).includes(id));
    hits.forEach((x) => x.classList.add("sel"));
    const li = eventItems.get(id);
    li?.classList.add("active");
    if (scroll) hits[0]?.scrollIntoView({ block: "center" });
    li?.scrollIntoView({ block: "nearest" });
    history.replaceState(null, "", hashFor("article", article.id, { ...Object.fromEntries(loc.params), event: id, stored: null }));
  };
  body.addEventListener("click", (ev) => {
    const t = (ev.target as HTMLElement).closest<HTMLElement>("[data-event], [data-sent], [data-actor]");
    if (!t) return;
    const ev1 = (t.dataset["event"] ?? t.dataset["sent"] ?? "").split(SEP)[0];
    if (ev1) select(ev1, false);
  });

  const eventList = h("ol", { class: "event-list" });
  for (const e of v.events) {
    const li = h("li", { "data-event": e.id, class: e.negated ? "negated" : "" },
      h("button", { type: "button", class: "linkish" }, `${e.negated ? "NOT " : ""}${e.cameo_name}`), " ",
      h("span", { class: "code" }, e.cameo),
      h("div", { class: "small" }, eventLine(e, names)),
      h("div", { class: "small muted" }, ...eventDate(e),
        ` · ${[e.plover, e.acled?.event_type, e.modality !== "asserted" ? e.modality : null, `Goldstein ${signed(e.goldstein)}`, e.location?.name].filter(Boolean).join(" · ")}`));
    const tag = li.querySelector(".code");
    if (tag instanceof HTMLElement) tag.style.borderColor = QUAD[String(e.quad_class)]?.color ?? "";
    li.querySelector("button")?.addEventListener("click", () => select(e.id, true));
    eventItems.set(e.id, li);
    eventList.append(li);
  }
  const actorList = h("ul", { class: "actor-list" }, ...[...v.actors].sort((a, b) => b.mentions.length - a.mentions.length).map((a) => {
    const b = h("button", { type: "button", class: "linkish", "data-actor": a.id }, a.name);
    b.addEventListener("click", () => {
      const on = !b.classList.contains("active");
      body.querySelectorAll(".hl").forEach((x) => x.classList.remove("hl"));
      actorList.querySelectorAll("button.active").forEach((x) => x.classList.remove("active"));
      if (!on) return;
      b.classList.add("active");
      const hits = [...body.querySelectorAll<HTMLElement>("[data-actor]")].filter((x) => (x.dataset["actor"] ?? "").split(SEP).includes(a.id));
      hits.forEach((x) => x.classList.add("hl"));
      hits[0]?.scrollIntoView({ block: "center" });
    });
    return h("li", {}, b, " ", h("span", { class: "code" }, a.code), h("span", { class: "muted small" }, ` ${a.kind} · ${a.mentions.length}×`));
  }));
  const quoteList = h("ul", { class: "quote-list" }, ...v.quotes.map((q) => h("li", {}, h("q", {}, q.text), h("div", { class: "small muted" }, `— ${q.speaker_name ?? "unattributed"}${q.direct ? "" : " (reported)"}`))));
  const dateList = h("ul", { class: "date-list" }, ...v.dates.map((d) => h("li", {}, h("span", { class: "a-date" }, d.text), ` → ${fmtDate(d.date, d.precision)}`)));

  const toggles = h("div", { class: "toggles" }, ...KINDS.map(([k, label]) => {
    const box = h("input", { type: "checkbox", checked: true, "data-kind": k });
    box.addEventListener("change", () => body.classList.toggle(`hide-${k}`, !box.checked));
    return h("label", { class: `toggle t-${k}` }, box, label);
  }));

  const head = h("header", { class: "article-head" },
    h("h1", { class: "article-title" }, article.title || "(untitled)"),
    h("p", { class: "meta" }, [article.source, article.author ? `by ${article.author}` : null, article.published ?? "undated"].filter(Boolean).join(" · "), " ",
      article.url ? outLink(article.url, "original") : null,
      article.near_duplicate_of ? h("span", { class: "muted" }, ` · same story as ${article.near_duplicate_of}`) : null),
    v.ceasefires.length ? h("p", { class: "meta" }, ...v.ceasefires.map((c) => h("span", { class: `badge status-${c.status}` }, `ceasefire ${c.status}${c.declared ? ` ${c.declared}` : ""}`))) : null,
    toggles);
  root.append(h("div", { class: "reader" },
    h("div", { class: "reader-main panel" }, head, body),
    h("aside", { class: "reader-side" },
      panel(`Events (${v.events.length})`, v.events.length ? eventList : empty("No events coded.")),
      panel(`Actors (${v.actors.length})`, actorList),
      panel(`Quotes (${v.quotes.length})`, v.quotes.length ? quoteList : empty("No quotes.")),
      panel(`Dates (${v.dates.length})`, v.dates.length ? dateList : empty("No dates.")))));

  const wanted = loc.params.get("event") ?? Object.entries(v.stored_events).find(([, stored]) => stored === loc.params.get("stored"))?.[0] ?? null;
  if (wanted && eventItems.has(wanted)) root.addEventListener("attached", () => select(wanted, true), { once: true });
}
