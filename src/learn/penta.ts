/**
 * The five broad event classes of the Phoenix "penta" scheme, the unit the learned filter judges: statements
 * (01-02), verbal cooperation (03-05), material cooperation (06-08), verbal conflict (09-13, 16) and material
 * conflict (14-15, 17-20). Index 5 is "no event".
 */
export const PENTA_LABELS = ["statement", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "none"] as const;
export const NONE = 5;

export function pentaOfRoot(root: string): number {
  const r = Number(root.slice(0, 2));
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r === 16) return 3;
  return 4;
}
