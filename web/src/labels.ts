/**
 * Label placement for the SVG views: each label has candidate positions in order of preference; the first one
 * that stays inside the drawing and overlaps no label placed before it wins. Labels are placed in the order given
 * (most important first); one that fits nowhere is left out, so labels never overlap or get clipped.
 */

export interface Rect { readonly x: number; readonly y: number; readonly w: number; readonly h: number }

export interface LabelWish {
  readonly key: string;
  readonly w: number;
  readonly h: number;
  /** candidate top-left corners, best first; each is moved inside the bounds before it is tried */
  readonly at: readonly (readonly [number, number])[];
}

const hits = (a: Rect, b: Rect, gap: number): boolean =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * Places labels inside a `width`×`height` box. A first pass also keeps clear of `obstacles` (the circles of a
 * network, say); labels that found no room then get a second pass that only avoids other labels.
 *
 * @example placeLabels([{ key: "a", w: 40, h: 14, at: [[10, 10]] }], 100, 50).get("a") // { x: 10, y: 10, w: 40, h: 14 }
 */
export function placeLabels(wishes: readonly LabelWish[], width: number, height: number, obstacles: readonly Rect[] = [], gap = 2): Map<string, Rect> {
  const placed = new Map<string, Rect>();
  const tryPlace = (wish: LabelWish, avoid: readonly Rect[]): boolean => {
    if (wish.w + 2 > width || wish.h + 2 > height) return false;
    for (const [x, y] of wish.at) {
      const box: Rect = { x: clamp(x, 1, width - wish.w - 1), y: clamp(y, 1, height - wish.h - 1), w: wish.w, h: wish.h };
      if ([...placed.values()].some((p) => hits(box, p, gap)) || avoid.some((o) => hits(box, o, 0))) continue;
      placed.set(wish.key, box);
      return true;
    }
    return false;
  };
  const left = wishes.filter((w) => !tryPlace(w, obstacles));
  for (const w of left) tryPlace(w, []);
  return placed;
}

let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` at `px` pixels in the page's font, measured on a canvas (the label need not be in the page yet). */
export function textWidth(text: string, px: number): number {
  context ??= document.createElement("canvas").getContext("2d");
  if (!context) return text.length * px * 0.62;
  context.font = `${px}px ${getComputedStyle(document.body).fontFamily}`;
  return context.measureText(text).width;
}
