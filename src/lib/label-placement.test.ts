import { describe, expect, it } from 'vitest';
import {
  placeLabels,
  rectsOverlap,
  spreadPoints,
  type PlacedPoint,
  type Rect,
} from './label-placement';

const bounds: Rect = { left: 0, top: 0, right: 300, bottom: 240 };
const point = (id: string, x: number, y: number, radius = 6, labelWidth = 90) => ({
  id,
  x,
  y,
  radius,
  labelWidth,
  labelHeight: 17,
});
/** How far a name's box stands from the edge of its point. */
const gapToPoint = ({ x, y, radius, label }: PlacedPoint) =>
  Math.hypot(
    Math.max(label.left - x, 0, x - label.right),
    Math.max(label.top - y, 0, y - label.bottom),
  ) - radius;
const circle = (placed: PlacedPoint): Rect => ({
  left: placed.x - placed.radius,
  top: placed.y - placed.radius,
  right: placed.x + placed.radius,
  bottom: placed.y + placed.radius,
});

/** Every label apart from every other label and from every point, and within the bounds. */
function expectReadable(placed: readonly PlacedPoint[]) {
  placed.forEach((a, i) => {
    expect(a.label.left, a.id).toBeGreaterThanOrEqual(bounds.left);
    expect(a.label.right, a.id).toBeLessThanOrEqual(bounds.right);
    expect(a.label.top, a.id).toBeGreaterThanOrEqual(bounds.top);
    expect(a.label.bottom, a.id).toBeLessThanOrEqual(bounds.bottom);
    placed.forEach((b, j) => {
      if (j > i) {
        expect(rectsOverlap(a.label, b.label), `${a.id} and ${b.id} labels`).toBe(false);
        expect(
          Math.hypot(a.x - b.x, a.y - b.y),
          `${a.id} and ${b.id} points`,
        ).toBeGreaterThanOrEqual(a.radius + b.radius);
      }
      expect(rectsOverlap(a.label, circle(b)), `${a.id} label on ${b.id} point`).toBe(false);
    });
  });
}

describe('placeLabels', () => {
  it('keeps a lone point where its scores put it, its label right beside it', () => {
    const [only] = placeLabels([point('us', 100, 100, 10)], bounds);
    expect(only).toMatchObject({ x: 100, y: 100, leader: null });
    expect(only!.label.left).toBe(114);
  });

  it('shows every point and every name when several share one spot', () => {
    const placed = placeLabels(
      [point('us', 150, 120, 10), point('a', 150, 120), point('b', 150, 120), point('c', 150, 120)],
      bounds,
    );
    expect(new Set(placed.map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`)).size).toBe(4);
    // Spread only a little: still reads as the same score.
    for (const { x, y } of placed) expect(Math.hypot(x - 150, y - 120)).toBeLessThan(20);
    expectReadable(placed);
  });

  it('separates points that are near but not equal', () => {
    const placed = placeLabels(
      [point('us', 100, 100, 10), point('a', 104, 98), point('b', 96, 106), point('c', 130, 100)],
      bounds,
    );
    expectReadable(placed);
  });

  it('keeps points and names inside the chart at its edges and corners', () => {
    const placed = placeLabels(
      [
        point('us', 0, 240, 10, 140),
        point('a', 0, 240),
        point('b', 300, 0, 6, 140),
        point('c', 300, 0),
        point('d', 300, 240, 6, 140),
        point('e', 0, 0, 6, 140),
      ],
      bounds,
    );
    for (const { id, x, y, radius } of placed) {
      if (id === 'us' || id === 'a' || id === 'b' || id === 'c') {
        expect(x - radius, id).toBeGreaterThanOrEqual(bounds.left);
        expect(x + radius, id).toBeLessThanOrEqual(bounds.right);
        expect(y - radius, id).toBeGreaterThanOrEqual(bounds.top);
        expect(y + radius, id).toBeLessThanOrEqual(bounds.bottom);
      }
    }
    expectReadable(placed);
  });

  it('draws a leader line when a name has to stand away from its point', () => {
    const crowd = Array.from({ length: 8 }, (_, index) => point(`p${index}`, 150, 120));
    const placed = placeLabels(crowd, bounds);
    expectReadable(placed);
    const far = placed.filter((placedPoint) => placedPoint.leader !== null);
    expect(far.length).toBeGreaterThan(0);
    for (const { leader, label } of far) {
      expect(leader!.x2).toBeGreaterThanOrEqual(label.left);
      expect(leader!.x2).toBeLessThanOrEqual(label.right);
      expect(leader!.y2).toBeGreaterThanOrEqual(label.top);
      expect(leader!.y2).toBeLessThanOrEqual(label.bottom);
    }
  });
});

describe('placeLabels without spreading', () => {
  it('leaves coinciding points in place and still gives each name its own place', () => {
    const placed = placeLabels(
      [point('us', 150, 120, 8), point('a', 150, 120), point('b', 152, 121)],
      bounds,
      { spreadPoints: false },
    );
    expect(placed.map(({ x, y }) => [x, y])).toEqual([
      [150, 120],
      [150, 120],
      [152, 121],
    ]);
    placed.forEach((a, i) => {
      placed.forEach((b, j) => {
        if (j > i) expect(rectsOverlap(a.label, b.label)).toBe(false);
        expect(rectsOverlap(a.label, circle(b))).toBe(false);
      });
    });
  });
});

describe('spreadPoints', () => {
  it('leaves points that do not touch alone', () => {
    const spread = spreadPoints([point('a', 10, 10), point('b', 40, 10)], bounds);
    expect(spread.map(({ x, y }) => [x, y])).toEqual([
      [10, 10],
      [40, 10],
    ]);
  });

  it('keeps a name off a line it is asked to avoid, and beside its point otherwise', () => {
    // A point on the chart's middle line: to its right, its name would be struck through.
    const onLine = [point('own', 100, 120)];
    const line: Rect = { left: 0, top: 118, right: 300, bottom: 122 };
    const [beside] = placeLabels(onLine, bounds, { spreadPoints: false });
    expect(rectsOverlap(beside!.label, line)).toBe(true);
    const [clear] = placeLabels(onLine, bounds, { spreadPoints: false, avoid: [line] });
    expect(rectsOverlap(clear!.label, line)).toBe(false);
    // Still next to its point, without a leader line.
    expect(clear!.leader).toBeNull();
  });

  it('would rather cross an avoided line than cover another name or go far from its point', () => {
    const line: Rect = { left: 0, top: 118, right: 300, bottom: 122 };
    // Points above and below take the places off the line; the last name must cross it.
    const crowded = [
      point('above', 100, 96, 6, 200),
      point('below', 100, 144, 6, 200),
      point('own', 100, 120, 6, 60),
    ];
    const placed = placeLabels(crowded, bounds, { spreadPoints: false, avoid: [line] });
    expectReadable(placed);
    // Right beside its point: the nearest places are 4 px away, about 8 on a diagonal.
    expect(gapToPoint(placed.at(-1)!)).toBeLessThan(10);
  });

  it('keeps a name near its point when every place that near is on an avoided line', () => {
    // Near the chart's left edge, with the middle lines through and just right of the point:
    // every place beside it inside the chart crosses one of them.
    const lines: Rect[] = [
      { left: 0, top: 118, right: 300, bottom: 122 },
      { left: 98, top: 0, right: 102, bottom: 240 },
    ];
    const [placed] = placeLabels([point('own', 30, 120, 6, 150)], bounds, {
      spreadPoints: false,
      avoid: lines,
    });
    expect(gapToPoint(placed!)).toBeLessThan(10);
  });
});
