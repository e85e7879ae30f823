/** The filter bar: its values live in the URL hash, so a filtered view is a shareable link. */
import type { Summary } from "./api.ts";
import { h } from "./dom.ts";
import { FILTER_KEYS, filtersOf, hashFor, parseHash, type FilterKey } from "./state.ts";

const LABELS: Readonly<Record<FilterKey, string>> = {
  country: "Country", actor: "Actor", from: "From", to: "To", cameo: "CAMEO", plover: "PLOVER", date_from: "Dated by", q: "Text",
};

/** where an event's date came from (the API's `date_from`), as the filter offers it */
const DATE_FROM: readonly (readonly [string, string])[] = [
  ["", "any"], ["clause", "its own clause"], ["sentence", "its sentence"], ["publication", "publication date only"],
];

function dateFromSelect(value: string): HTMLSelectElement {
  const el = h("select", { name: "date_from", id: "f-date_from" }, ...DATE_FROM.map(([v, label]) => h("option", { value: v }, label)));
  // a value typed into the URL that the list lacks stays visible, so the API's 400 names what was asked
  if (value && !DATE_FROM.some(([v]) => v === value)) el.append(h("option", { value }, value));
  el.value = value;
  return el;
}

function select(name: FilterKey, facets: Summary["countries"], value: string): HTMLSelectElement {
  const el = h("select", { name, id: `f-${name}` }, h("option", { value: "" }, "any"));
  for (const f of facets) el.append(h("option", { value: f.key }, `${f.key} (${f.count})`));
  if (value && !facets.some((f) => f.key === value)) el.append(h("option", { value }, value));
  el.value = value;
  return el;
}

/** Fills the filter form for the current location; submitting rewrites the hash. */
export function renderFilters(form: HTMLFormElement, summary: Summary | null): void {
  const loc = parseHash(location.hash);
  const f = filtersOf(loc.params);
  const field = (k: FilterKey, input: HTMLElement): HTMLElement => h("label", { for: `f-${k}` }, h("span", {}, LABELS[k]), input);
  form.replaceChildren(
    field("country", select("country", summary?.countries ?? [], f.country)),
    field("actor", h("input", { name: "actor", id: "f-actor", value: f.actor, placeholder: "code or name", size: 12, maxlength: 80 })),
    field("from", h("input", { name: "from", id: "f-from", type: "date", value: f.from })),
    field("to", h("input", { name: "to", id: "f-to", type: "date", value: f.to })),
    field("cameo", h("input", { name: "cameo", id: "f-cameo", value: f.cameo, placeholder: "e.g. 19", size: 5, maxlength: 4, pattern: "\\d{2,4}" })),
    field("plover", select("plover", summary?.plover ?? [], f.plover)),
    field("date_from", dateFromSelect(f.date_from)),
    field("q", h("input", { name: "q", id: "f-q", type: "search", value: f.q, placeholder: "words in articles", size: 16, maxlength: 200 })),
    h("button", { type: "submit" }, "Apply"),
    h("button", { type: "button", id: "f-clear", class: "secondary" }, "Clear"),
  );
  form.onsubmit = (ev) => {
    ev.preventDefault();
    const now = parseHash(location.hash);
    const params = new URLSearchParams(now.params);
    const data = new FormData(form);
    for (const k of FILTER_KEYS) params.set(k, String(data.get(k) ?? "").trim());
    params.delete("offset");
    location.hash = hashFor(now.view, now.view === "article" ? null : now.id, params);
  };
  form.querySelector("#f-clear")?.addEventListener("click", () => {
    const now = parseHash(location.hash);
    const params = new URLSearchParams(now.params);
    for (const k of FILTER_KEYS) params.delete(k);
    location.hash = hashFor(now.view, now.id, params);
  });
}
