/**
 * SVG text does not wrap, and the map must look the same on screen, in print and in the exports,
 * so lines are broken here, once, from an estimate of each character's width. The estimate leans
 * wide: a line that comes out a little short looks fine, one that overflows its box does not.
 */
import type { MeasureText } from './text-width';

export type { MeasureText };

const narrow = new Set([..."iljtf.,:;|!'’`()[]{} "]);
const slim = new Set([...'rIJ-1"/']);
const wide = new Set([...'mwMW@%&']);

/** Width in em of one character in a common sans-serif system font. */
function charWidth(char: string): number {
  if (narrow.has(char)) return 0.3;
  if (slim.has(char)) return 0.4;
  if (wide.has(char)) return 0.86;
  if (char >= 'A' && char <= 'Z') return 0.68;
  if (char >= '0' && char <= '9') return 0.57;
  if (char === '€' || char === '—' || char === '–') return 0.62;
  return 0.55;
}

export const estimateTextWidth: MeasureText = (text, fontSize, bold = false) => {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * (bold ? 1.07 : 1);
};

export interface WrapOptions {
  maxWidth: number;
  fontSize: number;
  bold?: boolean;
  /** Lines beyond this are dropped and the last kept line ends with an ellipsis. */
  maxLines?: number;
  measure?: MeasureText;
}

const ellipsis = '…';

/** Shortens one line to fit, at a word boundary when one is close, ending with an ellipsis. */
export function truncateText(text: string, options: Omit<WrapOptions, 'maxLines'>): string {
  const measure = options.measure ?? estimateTextWidth;
  const fits = (candidate: string) =>
    measure(candidate, options.fontSize, options.bold) <= options.maxWidth;
  const clean = text.trim();
  if (fits(clean)) return clean;
  let low = 0;
  let high = clean.length;
  // The longest prefix that still fits with the ellipsis after it.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(clean.slice(0, middle).trimEnd() + ellipsis)) low = middle;
    else high = middle - 1;
  }
  let cut = clean.slice(0, low);
  const space = cut.lastIndexOf(' ');
  // Prefer ending on a whole word unless that throws away most of the line.
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  cut = cut.replace(/[\s,.;:–-]+$/u, '');
  return cut.length > 0 ? cut + ellipsis : ellipsis;
}

/** Breaks text into lines that fit `maxWidth`; too many lines end in an ellipsis. */
export function wrapText(text: string, options: WrapOptions): string[] {
  const measure = options.measure ?? estimateTextWidth;
  const maxLines = options.maxLines ?? Infinity;
  const fits = (candidate: string) =>
    measure(candidate, options.fontSize, options.bold) <= options.maxWidth;
  const words = text.trim().split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    // A single word longer than the line (a long URL, a compound) is cut rather than overflowing.
    line = fits(word) ? word : truncateText(word, options);
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // The next line's words did not fit after the last kept line, so this always truncates.
  const last = truncateText(`${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`, options);
  kept[maxLines - 1] = last.endsWith(ellipsis) ? last : last + ellipsis;
  return kept;
}
