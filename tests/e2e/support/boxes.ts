import type { Locator } from '@playwright/test';

export interface Box {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The on-screen box of every non-empty text element of an SVG, and the SVG's own box. */
export async function svgTextBoxes(svg: Locator): Promise<{ svg: Box; texts: Box[] }> {
  return svg.evaluate((element) => {
    const toBox = (text: string, rect: DOMRect) => ({
      text,
      left: rect.left,
      top: rect.top,
      right: rect.right,
      bottom: rect.bottom,
    });
    const texts = [...element.querySelectorAll('text')]
      .filter((text) => (text.textContent ?? '').trim() !== '')
      .map((text) => toBox(text.textContent ?? '', text.getBoundingClientRect()));
    return { svg: toBox('svg', element.getBoundingClientRect()), texts };
  });
}

/** Texts whose box reaches outside the SVG's box, where the SVG would cut them. */
export function clippedTexts(svg: Box, texts: readonly Box[], tolerance = 0.5): string[] {
  return texts
    .filter(
      (box) =>
        box.left < svg.left - tolerance ||
        box.right > svg.right + tolerance ||
        box.top < svg.top - tolerance ||
        box.bottom > svg.bottom + tolerance,
    )
    .map((box) => box.text);
}

/** Pairs of boxes that overlap by more than `tolerance` pixels both ways. */
export function overlappingPairs(boxes: readonly Box[], tolerance = 0.5): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, index) => {
    for (const b of boxes.slice(index + 1)) {
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (width > tolerance && height > tolerance) pairs.push(`${a.text} × ${b.text}`);
    }
  });
  return pairs;
}

/** The positioning chart's points and names, as the strategy map marks them for measuring. */
export async function positioningBoxes(map: Locator): Promise<{ points: Box[]; labels: Box[] }> {
  return map.evaluate((element) => {
    const toBox = (text: string, rect: DOMRect) => ({
      text,
      left: rect.left,
      top: rect.top,
      right: rect.right,
      bottom: rect.bottom,
    });
    const boxes = (selector: string, attribute: string) =>
      [...element.querySelectorAll(selector)].map((node) =>
        toBox(node.getAttribute(attribute) ?? '', node.getBoundingClientRect()),
      );
    return {
      points: boxes('[data-point]', 'data-point'),
      labels: boxes('[data-point-label]', 'data-point-label'),
    };
  });
}
