/** The human-readable view of one CodedArticle printed by `parley code FILE`. */
import type { CodedArticle } from "../types.ts";
import { table } from "./table.ts";
import { count } from "./plural.ts";

export function printArticle(a: CodedArticle): string {
  const out: string[] = [];
  const meta = a.article;
  out.push(`${meta.title ?? "(untitled)"}${meta.source ? ` — ${meta.source}` : ""}${meta.published ? `, ${meta.published}` : ""}${meta.author ? ` · by ${meta.author}` : ""}`);
  out.push(`${count(a.actors.length, "actor")}, ${count(a.events.length, "event")}, ${count(a.quotes.length, "quote")}, ${count(a.ceasefires.length, "ceasefire")}\n`);
  const actorName = new Map(a.actors.map((x) => [x.id, x.name]));
  out.push("ACTORS");
  out.push(table(["name", "code", "kind", "country", "mentions"], a.actors.map((x) => [x.name, x.code, x.kind, x.country ?? "", String(x.mentions.length)])));
  out.push("\nEVENTS");
  out.push(table(
    ["date", "cameo", "plover", "acled", "source", "target", "where", "trigger", "mood"],
    a.events.map((e) => [
      e.date ?? "", `${e.cameo} ${e.cameo_name}`, e.plover ?? "", e.acled?.sub_event_type ?? "",
      e.source.map((s) => `${s.name} (${s.code})`).join(" + "), e.target.map((s) => `${s.name} (${s.code})`).join(" + "),
      e.location?.name ?? "", e.trigger, `${e.negated ? "NOT " : ""}${e.modality}`,
    ]),
    32,
  ));
  if (a.quotes.length) {
    out.push("\nQUOTES");
    out.push(table(["speaker", "quote", "direct"], a.quotes.map((q) => [q.speaker_name ?? "?", q.text, q.direct ? "yes" : "reported"]), 90));
  }
  if (a.ceasefires.length) {
    out.push("\nCEASEFIRES");
    out.push(table(["country", "status", "declared", "effective", "parties", "mediators"], a.ceasefires.map((c) => [
      c.country ?? "", c.status, c.declared ?? "", c.effective ?? "",
      c.parties.map((p) => actorName.get(p) ?? p).join(", "), c.mediators.map((p) => actorName.get(p) ?? p).join(", "),
    ])));
  }
  if (a.dates.length || a.places.length) {
    out.push("\nDATES AND PLACES");
    out.push(table(["text", "resolved", "kind"], [
      ...a.dates.map((d) => [d.text, `${d.date} (${d.precision})`, "date"]),
      ...a.places.map((p) => [p.text, `${p.name}, ${p.country ?? ""}${p.lat != null ? ` (${p.lat}, ${p.lon})` : ""}`, "place"]),
    ]));
  }
  return `${out.join("\n")}\n`;
}
