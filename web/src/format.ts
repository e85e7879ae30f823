/** Labels and colours shared by the views. */
import type { StoredEvent } from "./api.ts";

export const QUAD: Readonly<Record<string, { label: string; color: string }>> = {
  "1": { label: "Verbal cooperation", color: "#6a9fd4" },
  "2": { label: "Material cooperation", color: "#2f6fb0" },
  "3": { label: "Verbal conflict", color: "#e6a23c" },
  "4": { label: "Material conflict", color: "#c0392b" },
};

const PALETTE = ["#2f6fb0", "#c0392b", "#e6a23c", "#3a9d5d", "#8e5ea2", "#6a9fd4", "#d35d8a", "#7f8c8d", "#b38b2d", "#2a9d8f", "#e76f51", "#5c6bc0", "#8d6e63", "#43a047", "#f4a261", "#546e7a"];

/** A stable colour for a series label. */
export function seriesColor(by: string, key: string, index: number): string {
  if (by === "quad") return QUAD[key]?.color ?? "#999";
  return PALETTE[index % PALETTE.length] ?? "#999";
}

/** Goldstein -10..+10 to a diverging red–grey–blue. */
export function toneColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a: number, b: number, k: number): number => Math.round(a + (b - a) * k);
  const grey = [150, 150, 150];
  const end = t < 0 ? [192, 57, 43] : [47, 111, 176];
  const k = Math.sqrt(Math.abs(t));
  return `rgb(${mix(grey[0]!, end[0]!, k)}, ${mix(grey[1]!, end[1]!, k)}, ${mix(grey[2]!, end[2]!, k)})`;
}

export const actorNames = (refs: StoredEvent["source"]): string => refs.map((r) => r.name).join(", ") || "—";

export const fmtDate = (d: string | null, precision?: string | null): string =>
  !d ? "undated" : precision === "month" ? d.slice(0, 7) : precision === "year" ? d.slice(0, 4) : d;

export const signed = (n: number): string => (n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1));

export const STATUS_LABEL: Readonly<Record<string, string>> = {
  proposed: "Proposed", declared: "Declared", in_force: "In force", violated: "Violated", collapsed: "Collapsed", ended: "Ended",
};
