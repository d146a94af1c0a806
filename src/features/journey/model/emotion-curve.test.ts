import { describe, expect, it } from 'vitest';
import { emotionCurve, emotionY, smoothPath } from './emotion-curve';

const phase = (id: string, position: number, emotion: number | null) => ({ id, position, emotion });

describe('emotionCurve', () => {
  it('puts one point in the middle of each scored column, in phase order', () => {
    const curve = emotionCurve([phase('c', 2, -2), phase('a', 0, 2), phase('b', 1, 0)]);
    expect(curve.width).toBe(300);
    expect(curve.points.map(({ phaseId, x, y }) => [phaseId, x, y])).toEqual([
      ['a', 50, 12],
      ['b', 150, 50],
      ['c', 250, 88],
    ]);
    expect(curve.zeroY).toBe(50);
    expect(curve.segments).toHaveLength(1);
    expect(curve.paths[0]).toMatch(/^M50,12C/);
  });

  it('breaks the line where a phase has no score instead of inventing one', () => {
    const curve = emotionCurve([
      phase('a', 0, 1),
      phase('b', 1, -1),
      phase('gap', 2, null),
      phase('d', 3, 2),
      phase('e', 4, null),
      phase('f', 5, 0),
      phase('g', 6, 1),
    ]);
    expect(curve.points.map((point) => point.phaseId)).toEqual(['a', 'b', 'd', 'f', 'g']);
    expect(curve.segments.map((segment) => segment.map((point) => point.phaseId))).toEqual([
      ['a', 'b'],
      ['d'],
      ['f', 'g'],
    ]);
    // A lone scored phase is a dot only; two points are a straight line.
    expect(curve.paths).toEqual([
      expect.stringMatching(/^M50,[\d.]+L150,[\d.]+$/),
      '',
      expect.stringMatching(/^M550,/),
    ]);
    expect(curve.points.find((point) => point.phaseId === 'd')?.index).toBe(3);
  });

  it('has no points and no paths when nothing is scored', () => {
    const curve = emotionCurve([phase('a', 0, null), phase('b', 1, null)]);
    expect(curve.points).toEqual([]);
    expect(curve.paths).toEqual([]);
  });

  it('scales to the geometry it is given', () => {
    expect(emotionY(2, { columnWidth: 10, height: 200, padding: 0 })).toBe(0);
    expect(emotionY(-2, { columnWidth: 10, height: 200, padding: 0 })).toBe(200);
    expect(emotionY(1, { columnWidth: 10, height: 200, padding: 0 })).toBe(50);
  });
});

describe('smoothPath', () => {
  const controlYs = (path: string) =>
    [...path.matchAll(/C([\d.-]+),([\d.-]+) ([\d.-]+),([\d.-]+) /g)].flatMap((match) => [
      Number(match[2]),
      Number(match[4]),
    ]);

  it('never swings above the best or below the worst score', () => {
    const points = [
      { x: 50, y: 12 },
      { x: 150, y: 88 },
      { x: 250, y: 12 },
      { x: 350, y: 31 },
      { x: 450, y: 88 },
    ];
    const ys = controlYs(smoothPath(points));
    expect(ys.length).toBe(8);
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(12);
      expect(y).toBeLessThanOrEqual(88);
    }
  });

  it('keeps a flat stretch flat between equal scores', () => {
    const path = smoothPath([
      { x: 50, y: 31 },
      { x: 150, y: 31 },
      { x: 250, y: 31 },
    ]);
    expect(controlYs(path)).toEqual([31, 31, 31, 31]);
  });
});
