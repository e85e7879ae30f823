/**
 * CAMEO quad classes: which of the four cooperation/conflict quadrants a root belongs to.
 */

export type QuadClass = 1 | 2 | 3 | 4;

/**
 * The quad class of a two-digit CAMEO root (a longer code is read by its first two digits):
 * 01–05 verbal cooperation (1), 06–08 material cooperation (2), 09–13 verbal conflict (3),
 * 14–20 material conflict (4). Undefined for anything that is not a root 01–20.
 * @example quadClassOf("08")   // 2
 * @example quadClassOf("1951") // 4
 * @example quadClassOf("21")   // undefined
 */
export function quadClassOf(root: string): QuadClass | undefined {
  if (!/^\d{2,4}$/.test(root)) return undefined;
  const n = Number(root.slice(0, 2));
  if (n < 1 || n > 20) return undefined;
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13) return 3;
  return 4;
}
