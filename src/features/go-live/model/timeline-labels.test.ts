import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../lib/text-width';
import { placeStepLabels, wrapName } from './timeline-labels';

describe('wrapName', () => {
  it('keeps a short name on one line', () => {
    expect(wrapName('Live chat', 200, 16)).toEqual(['Live chat']);
  });

  it('wraps a long name over lines instead of cutting it, every word kept', () => {
    const name = 'WhatsApp Business customer service for frequent flyers';
    const lines = wrapName(name, 200, 16);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(name);
    for (const line of lines) expect(estimateTextWidth(line, 16)).toBeLessThanOrEqual(200);
  });

  it('splits a single word wider than the column', () => {
    const lines = wrapName('Kundenservicekommunikationsplattform', 120, 16);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => line.replace(/-$/u, '')).join('')).toBe(
      'Kundenservicekommunikationsplattform',
    );
    for (const line of lines) expect(estimateTextWidth(line, 16)).toBeLessThanOrEqual(120);
  });
});

describe('placeStepLabels', () => {
  const overlaps = (
    a: { left: number; lane: number; width: number },
    b: { left: number; lane: number; width: number },
  ) => a.lane === b.lane && a.left < b.left + b.width && b.left < a.left + a.width;

  it('centres labels that are far apart, all in the lane above the bar', () => {
    expect(
      placeStepLabels(
        [
          { x: 100, width: 40 },
          { x: 300, width: 60 },
        ],
        0,
        960,
      ),
    ).toEqual([
      { left: 80, lane: 0 },
      { left: 270, lane: 0 },
    ]);
  });

  it('moves labels of close steps to other lanes so none covers another', () => {
    const labels = [
      { x: 500, width: 50 },
      { x: 520, width: 120 },
      { x: 530, width: 110 },
    ];
    const placed = placeStepLabels(labels, 0, 960);
    expect(new Set(placed.map((label) => label.lane)).size).toBe(3);
    const boxes = placed.map((label, index) => ({ ...label, width: labels[index]!.width }));
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('keeps labels at the ends inside the drawing', () => {
    const placed = placeStepLabels(
      [
        { x: 950, width: 130 },
        { x: 5, width: 90 },
      ],
      0,
      960,
    );
    expect(placed[0]!.left + 130).toBeLessThanOrEqual(960);
    expect(placed[1]!.left).toBeGreaterThanOrEqual(0);
  });
});
