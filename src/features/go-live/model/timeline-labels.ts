/**
 * Where the rollout timeline writes its words. SVG text neither wraps nor avoids other text, so
 * channel names are broken into lines here (never cut), and the step names of one channel are
 * spread over lanes above and below its bar so that none covers another or leaves the drawing.
 */

import { estimateTextWidth, type MeasureText } from '../../../lib/text-width';

/** Breaks a name into lines of at most `maxWidth`, at spaces, and inside a word only when it alone is wider. */
export function wrapName(
  name: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText = estimateTextWidth,
): string[] {
  const fits = (text: string) => measure(text, fontSize) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of name.trim().split(/\s+/u).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    // A word wider than the column is split where it has to be.
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(`${rest.slice(0, cut)}-`)) cut -= 1;
      lines.push(`${rest.slice(0, cut)}-`);
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Lanes around a bar: 0 just above it, 1 just below it, 2 above lane 0. */
export type Lane = 0 | 1 | 2;

export interface StepLabel {
  /** The marker's x, where the label would be centred. */
  x: number;
  width: number;
}

export interface PlacedStepLabel {
  /** Left edge of the label's box. */
  left: number;
  lane: Lane;
}

const lanesInOrder: Lane[] = [0, 1, 2];

/**
 * Centres each label on its marker, moved inside [minX, maxX], in the first lane where it keeps
 * `gap` pixels from the labels already there; the labels are taken left to right.
 */
export function placeStepLabels(
  labels: readonly StepLabel[],
  minX: number,
  maxX: number,
  gap = 8,
): PlacedStepLabel[] {
  const taken: { left: number; right: number; lane: Lane }[] = [];
  const placed: PlacedStepLabel[] = new Array<PlacedStepLabel>(labels.length);
  const order = labels.map((_, index) => index).sort((a, b) => labels[a]!.x - labels[b]!.x);
  for (const index of order) {
    const { x, width } = labels[index]!;
    const left = Math.max(minX, Math.min(maxX - width, x - width / 2));
    const right = left + width;
    const free = (lane: Lane) =>
      taken.every(
        (other) => other.lane !== lane || right + gap <= other.left || other.right + gap <= left,
      );
    const lane = lanesInOrder.find(free) ?? 2;
    taken.push({ left, right, lane });
    placed[index] = { left, lane };
  }
  return placed;
}
