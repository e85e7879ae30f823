// `parley export` of articles we wrote, through the real CLI and a real SQLite file: ACLED rows carry the whole
// sentence as notes, the death count it gives, ACLED's time_precision; the events an ACLED file leaves out are
// counted on stderr with the reason; CSV carries date_precision and every event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PARLEY } from "./parley.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-export-"));
const ARTICLES: Record<string, string> = {
  "misrata.txt": [
    "Title: Shelling kills three in Misrata as talks stall", "Published: 2020-03-10", "",
    "Artillery fire hit the port district of Misrata on Monday, killing three civilians and wounding eight, the health ministry said.", "",
    "Rebel fighters attacked an army checkpoint near Sirte in February, local officials said.", "",
    "Turkey said on Tuesday it would keep talking to both sides.",
  ].join("\n"),
  "zliten.txt": [
    "Title: Army denies attack", "Published: 2020-03-12", "",
    "The army did not attack the town of Zliten on Wednesday, a spokesman said.",
  ].join("\n"),
};
const db = join(dir, "export.db");
const run = (args: string[]) => spawnSync(process.execPath, [...PARLEY, ...args], { encoding: "utf8" });

/** Rows of a CSV without quoted newlines, as objects keyed by the header. */
function rows(csv: string): Record<string, string>[] {
  const parse = (line: string): string[] => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => m[1]!.replace(/^"|"$/g, "").replace(/""/g, "\""));
  const [head, ...body] = csv.trim().split("\n");
  const columns = parse(head!);
  return body.map((l) => Object.fromEntries(parse(l).map((v, i) => [columns[i], v])));
}

test("export: ACLED notes are whole sentences, fatalities come from them, month dates have time_precision 3", () => {
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), `${text}\n`);
  assert.equal(run(["ingest", dir, "--db", db]).status, 0);
  const r = run(["export", "--format", "acled", "--db", db]);
  assert.equal(r.status, 0, r.stderr);
  const acled = rows(r.stdout);
  const misrata = acled.find((x) => x["location"] === "Misrata");
  assert.ok(misrata, r.stdout);
  assert.equal(misrata["notes"], "Artillery fire hit the port district of Misrata on Monday, killing three civilians and wounding eight, the health ministry said.");
  assert.equal(misrata["fatalities"], "3");
  assert.equal(misrata["time_precision"], "1");
  const sirte = acled.find((x) => x["location"] === "Sirte");
  assert.ok(sirte, r.stdout);
  assert.equal(sirte["event_date"], "2020-02-01");
  assert.equal(sirte["time_precision"], "3");
  assert.equal(sirte["fatalities"], "0");
  assert.ok(acled.every((x) => x["notes"]!.endsWith(".")), "every note is a whole sentence");
});

test("export --format acled names on stderr how many events it leaves out and why; csv has them all", () => {
  const csv = run(["export", "--format", "csv", "--db", db]);
  assert.equal(csv.status, 0, csv.stderr);
  assert.equal(csv.stderr, "");
  const all = rows(csv.stdout);
  const acled = run(["export", "--format", "acled", "--db", db]);
  const written = rows(acled.stdout).length;
  const negated = all.filter((x) => x["negated"] === "true" && x["acled_event_type"]).length;
  const untyped = all.filter((x) => !x["acled_event_type"]).length;
  assert.ok(negated >= 1 && untyped >= 1, csv.stdout);
  assert.equal(written + negated + untyped, all.length);
  assert.equal(acled.stderr, `parley: export: ${negated + untyped} of ${all.length} events are not in the ACLED file: `
    + `${untyped} ${untyped === 1 ? "has" : "have"} no ACLED type (CAMEO codes ACLED does not record, such as statements, consultations and appeals), `
    + `${negated} ${negated === 1 ? "is" : "are"} negated (refused, denied or did not happen); --format csv or jsonl has every event\n`);
  const sirte = all.find((x) => x["location"] === "Sirte");
  assert.equal(sirte?.["date_precision"], "month");
});

test("events --date-from and the csv and jsonl exports say where each stored event's date came from (issue 10)", () => {
  const here = mkdtempSync(join(tmpdir(), "parley-date-from-"));
  writeFileSync(join(here, "gharyan.txt"), [
    "Title: Shelling near Gharyan", "Published: 2020-04-02", "",
    "Government forces shelled rebel positions near Gharyan, witnesses said.", "",
    "Rebel fighters attacked an army checkpoint near Sirte on Monday, local officials said.",
  ].join("\n"));
  const store = join(here, "d.db");
  assert.equal(run(["ingest", here, "--db", store]).status, 0);
  const jsonl = run(["export", "--format", "jsonl", "--db", store]);
  assert.equal(jsonl.status, 0, jsonl.stderr);
  const events = jsonl.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; date: string; date_from: string; location: { name: string } | null });
  const gharyan = events.find((e) => e.location?.name === "Gharyan");
  const sirte = events.find((e) => e.location?.name === "Sirte");
  assert.deepEqual([gharyan?.date, gharyan?.date_from], ["2020-04-02", "publication"], jsonl.stdout);
  assert.deepEqual([sirte?.date, sirte?.date_from], ["2020-03-30", "clause"], jsonl.stdout);
  const csv = rows(run(["export", "--format", "csv", "--db", store]).stdout);
  assert.deepEqual(csv.map((r) => [r["id"], r["date_from"]]), events.map((e) => [e.id, e.date_from]));
  const published = run(["events", "--date-from", "publication", "--json", "--db", store]);
  assert.equal(published.status, 0, published.stderr);
  const ids = (JSON.parse(published.stdout) as { id: string }[]).map((e) => e.id);
  assert.deepEqual(ids, events.filter((e) => e.date_from === "publication").map((e) => e.id));
  const table = run(["events", "--db", store]).stdout;
  assert.match(table, /^2020-04-02 ≈ /m);
  assert.match(table, /; ≈ the publication date \(the text gives none\)\n$/);
  assert.doesNotMatch(table, /^2020-03-30 ≈/m);
  const bad = run(["events", "--date-from", "tomorrow", "--db", store]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--date-from is one of clause, sentence, publication, not tomorrow/);
});
