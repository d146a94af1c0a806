import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsample, pointLimit } from './downsample';

const series = (count: number, y: (index: number) => number) =>
  Array.from({ length: count }, (_, index) => ({ x: index, y: y(index) }));

describe('downsample', () => {
  it('keeps every point when there are fewer than the limit', () => {
    const points = series(10, (index) => index);
    expect(downsample(points, 20)).toEqual(points);
  });

  it('never returns more than the limit and keeps the first, last and extreme points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 3000 }),
        // From 4 points on there is room for one bucket's low and high besides both ends.
        fc.integer({ min: 4, max: 500 }),
        (values, limit) => {
          const points = values.map((y, x) => ({ x, y }));
          const kept = downsample(points, limit);
          expect(kept.length).toBeLessThanOrEqual(Math.max(limit, 2));
          expect(kept[0]).toBe(points[0]);
          expect(kept.at(-1)).toBe(points.at(-1));
          const ys = kept.map((point) => point.y);
          expect(Math.max(...ys)).toBe(Math.max(...values));
          expect(Math.min(...ys)).toBe(Math.min(...values));
          // Still in x order.
          expect(kept.map((point) => point.x)).toEqual(
            [...kept.map((p) => p.x)].sort((a, b) => a - b),
          );
        },
      ),
    );
  });

  it('keeps a single spike in a long flat series', () => {
    const points = series(39_000, (index) => (index === 12_345 ? 99 : 1));
    const kept = downsample(points, pointLimit(300));
    expect(kept.length).toBeLessThanOrEqual(1200);
    expect(kept.some((point) => point.x === 12_345)).toBe(true);
  });

  it('allows four points per pixel of width', () => {
    expect(pointLimit(250)).toBe(1000);
    expect(pointLimit(0)).toBe(2);
  });
});

describe('sparkline', () => {
  it('spreads the values over the width and puts the target on the same scale', async () => {
    const { sparkline } = await import('./kpi-series');
    const { points, targetY } = sparkline([10, 20, 30], 100, 40, 50);
    expect(points).toBe('0.0,40.0 50.0,30.0 100.0,20.0');
    expect(targetY).toBe(0);
    expect(sparkline([5, 5], 10, 10).points).toBe('0.0,5.0 10.0,5.0');
  });
});
