/**
 * The figures of the reference scorer (shared gold/score.mjs), computed the same way so `parley eval` and the
 * scorer agree on the same files: dyad F1 on exhaustive records, label F1 (CAMEO root, PLOVER type or ACLED
 * type), false alarms on no-event records, country and day found.
 */
import type { GoldRecord } from "./gold.ts";

interface PredEvent {
  readonly cameo?: string | null;
  readonly plover?: string | null;
  readonly negated?: boolean;
  readonly source?: unknown;
  readonly target?: unknown;
  readonly location?: { country?: string | null } | null;
  readonly date?: string | null;
  readonly acled?: { event_type?: string } | null;
}

const PLOVER_OLD: Readonly<Record<string, string>> = { DEMAND: "REQUEST", DISAPPROVE: "ACCUSE", INVESTIGATE: "ACCUSE", FIGHT: "ASSAULT" };
const plover = (t: unknown) => (t ? PLOVER_OLD[String(t).toUpperCase()] ?? String(t).toUpperCase() : null);
export const rootOf = (c: unknown) => (c == null ? null : String(c).replace(/[^0-9]/g, "").slice(0, 2) || null);

function codesOf(actors: unknown): string[] {
  const list = Array.isArray(actors) ? actors : actors ? [actors] : [];
  return list
    .map((a) => (typeof a === "string" ? a : (a as { code?: string })?.code ?? ""))
    .filter(Boolean).map((c) => String(c).toUpperCase());
}

function actorMatches(gold: string | null | undefined, pred: unknown): boolean {
  if (!gold || gold.startsWith('"')) return true;
  const g = gold.toUpperCase();
  const codes = codesOf(pred);
  if (g.startsWith("---")) return codes.some((c) => c.slice(3, 6) === g.slice(3, 6));
  return codes.some((c) => c.slice(0, 3) === g.slice(0, 3));
}

function labelsOf(rec: GoldRecord): { kind: string; gold: Set<string>; of: (e: PredEvent) => string | null } {
  const ev = rec.events ?? [];
  if (rec.suite === "plover_gsr") return { kind: "plover", gold: new Set(ev.map((e) => plover(e.plover)).filter((x): x is string => !!x)), of: (e) => plover(e.plover) };
  if (rec.suite === "conflibert_cameo") return { kind: "root", gold: new Set(ev.flatMap((e) => e.penta_roots ?? [])), of: (e) => rootOf(e.cameo) };
  if (rec.suite === "cameo_raters") return { kind: "root", gold: new Set(ev.filter((e) => (e.vote_share ?? 1) >= 0.5).map((e) => rootOf(e.code)).filter((x): x is string => !!x)), of: (e) => rootOf(e.cameo) };
  if (rec.suite === "acled_notes") return { kind: "acled", gold: new Set(ev.map((e) => e.acled_event_type).filter((x): x is string => !!x)), of: (e) => e.acled?.event_type ?? null };
  return { kind: "root", gold: new Set(ev.map((e) => rootOf(e.code)).filter((x): x is string => !!x)), of: (e) => rootOf(e.cameo) };
}

export interface SuiteFigures {
  records: number; missing_predictions: number;
  dyad: { precision: number | null; recall: number | null; f1: number | null; tp: number; fp: number; fn: number } | null;
  label: { kind: string; hit_rate: number | null; precision: number | null; f1: number | null; records: number } | null;
  where: { records: number; country_hit_rate: number | null } | null;
  when: { records: number; day_hit_rate: number | null } | null;
  none: { records: number; false_alarm_rate: number | null } | null;
}

export function score(golds: readonly GoldRecord[], preds: ReadonlyMap<string, readonly PredEvent[]>): Record<string, SuiteFigures> {
  const suites = new Map<string, { records: number; missing: number; tp: number; fp: number; fn: number; hits: number; labelled: number; precSum: number; precN: number; noneRecords: number; noneAlarms: number; kind: string | null; whereN: number; whereHits: number; whenN: number; whenHits: number }>();
  for (const rec of golds) {
    const name = rec.suite ?? "gold";
    if (!suites.has(name)) suites.set(name, { records: 0, missing: 0, tp: 0, fp: 0, fn: 0, hits: 0, labelled: 0, precSum: 0, precN: 0, noneRecords: 0, noneAlarms: 0, kind: null, whereN: 0, whereHits: 0, whenN: 0, whenHits: 0 });
    const s = suites.get(name)!;
    s.records++;
    if (!preds.has(String(rec.id))) s.missing++;
    const predicted = (preds.get(String(rec.id)) ?? []).filter((e) => e && e.negated !== true);
    if (rec.expect_none === true) {
      s.noneRecords++;
      if (predicted.length) s.noneAlarms++;
    }
    if (rec.expect_none === true || (rec.exhaustive === true && rec.events?.length)) {
      const left = [...predicted];
      for (const g of rec.events ?? []) {
        const i = left.findIndex((p) => rootOf(p.cameo) === rootOf(g.code) && actorMatches(g.source, p.source) && actorMatches(g.target, p.target));
        if (i >= 0) { s.tp++; left.splice(i, 1); } else s.fn++;
      }
      s.fp += left.length;
    }
    const g0 = rec.events?.[0];
    if (g0?.country) {
      s.whereN++;
      if (predicted.some((p) => String(p.location?.country ?? "").toUpperCase() === g0.country)) s.whereHits++;
    }
    if (g0?.event_date) {
      s.whenN++;
      if (predicted.some((p) => String(p.date ?? "").slice(0, 10) === g0.event_date)) s.whenHits++;
    }
    if (rec.events?.length) {
      const { kind, gold, of } = labelsOf(rec);
      s.kind = kind;
      if (gold.size) {
        s.labelled++;
        const got = new Set(predicted.map(of).filter((x): x is string => !!x));
        const inter = [...got].filter((x) => gold.has(x)).length;
        if (inter) s.hits++;
        if (got.size) { s.precSum += inter / got.size; s.precN++; }
      }
    }
  }
  const r3 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null);
  const f1 = (p: number | null, r: number | null) => (p != null && r != null && p + r > 0 ? (2 * p * r) / (p + r) : p == null && r == null ? null : 0);
  const out: Record<string, SuiteFigures> = {};
  for (const [name, s] of suites) {
    const dyadP = s.tp + s.fp ? s.tp / (s.tp + s.fp) : null;
    const dyadR = s.tp + s.fn ? s.tp / (s.tp + s.fn) : null;
    const labelR = s.labelled ? s.hits / s.labelled : null;
    const labelP = s.precN ? s.precSum / s.precN : null;
    const n = (x: number | null) => (x == null ? null : r3(x));
    out[name] = {
      records: s.records, missing_predictions: s.missing,
      dyad: s.tp + s.fp + s.fn ? { precision: n(dyadP), recall: n(dyadR), f1: n(f1(dyadP, dyadR)), tp: s.tp, fp: s.fp, fn: s.fn } : null,
      label: s.labelled ? { kind: s.kind ?? "root", hit_rate: n(labelR), precision: n(labelP), f1: n(f1(labelP, labelR)), records: s.labelled } : null,
      where: s.whereN ? { records: s.whereN, country_hit_rate: r3(s.whereHits / s.whereN) } : null,
      when: s.whenN ? { records: s.whenN, day_hit_rate: r3(s.whenHits / s.whenN) } : null,
      none: s.noneRecords ? { records: s.noneRecords, false_alarm_rate: r3(s.noneAlarms / s.noneRecords) } : null,
    };
  }
  return out;
}

/** The same one-line-per-suite text the reference scorer prints. */
export function formatFigures(out: Record<string, SuiteFigures>): string {
  return Object.entries(out).map(([name, m]) => {
    const parts = [`${name}: ${m.records} records`];
    if (m.missing_predictions) parts.push(`${m.missing_predictions} without prediction`);
    if (m.dyad) parts.push(`dyad F1 ${m.dyad.f1} (P ${m.dyad.precision} R ${m.dyad.recall})`);
    if (m.label) parts.push(`${m.label.kind} F1 ${m.label.f1} (P ${m.label.precision} hit ${m.label.hit_rate})`);
    if (m.where) parts.push(`country found ${m.where.country_hit_rate}`);
    if (m.when) parts.push(`day found ${m.when.day_hit_rate}`);
    if (m.none) parts.push(`false alarms on no-event records ${m.none.false_alarm_rate}`);
    return parts.join(" · ");
  }).join("\n");
}
