/** Measurements of what chromium laid out and painted: element boxes, their overlaps, and dark ("ink") pixels. */
import type { Page } from "playwright-core";

export interface Box { readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly text: string }

/** The client boxes of every element matching `selector` (visible ones: width and height above zero). */
export async function boxes(page: Page, selector: string): Promise<Box[]> {
  const all = await page.locator(selector).evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, text: el.textContent ?? "" };
  }));
  return all.filter((b) => b.width > 0 && b.height > 0);
}

/** Pairs of boxes that overlap by more than `tolerance` pixels each way, named by their text. */
export function overlapping(list: readonly Box[], tolerance = 0.5): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!, b = list[j]!;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > tolerance && h > tolerance) out.push(`“${a.text}” and “${b.text}” overlap by ${w.toFixed(1)}×${h.toFixed(1)}px`);
    }
  }
  return out;
}

/** The boxes that stick out of `outer` by more than `tolerance` pixels. */
export function outside(list: readonly Box[], outer: Box, tolerance = 0.5): string[] {
  return list.filter((b) => b.x < outer.x - tolerance || b.y < outer.y - tolerance ||
    b.x + b.width > outer.x + outer.width + tolerance || b.y + b.height > outer.y + outer.height + tolerance)
    .map((b) => `“${b.text}” at ${b.x.toFixed(1)},${b.y.toFixed(1)} ${b.width.toFixed(1)}×${b.height.toFixed(1)} is outside ${outer.x.toFixed(1)},${outer.y.toFixed(1)} ${outer.width.toFixed(1)}×${outer.height.toFixed(1)}`);
}

/**
 * How many pixels in the screenshot of `clip` are dark (luminance under 110 of 255): text ink on the dashboard's
 * light backgrounds. The PNG is decoded on a blank page of the same browser (the dashboard's CSP allows no data: images).
 */
export async function inkPixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = await page.screenshot({ clip });
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]! < 110) n++;
      return n;
    }, png.toString("base64"));
  } finally {
    await blank.close();
  }
}
