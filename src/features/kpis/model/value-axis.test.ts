import { describe, expect, it } from 'vitest';
import { estimateLabelWidth, valueAxisWidth, valueTicks } from './value-axis';

describe('valueTicks', () => {
  it('covers every value with round steps', () => {
    const ticks = valueTicks([31_700, 24_000, 27_350]);
    expect(ticks[0]).toBeLessThanOrEqual(24_000);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(31_700);
    const steps = new Set(ticks.slice(1).map((tick, index) => tick - ticks[index]!));
    expect(steps.size).toBe(1);
    expect([1, 2, 5, 10]).toContain([...steps][0]! / 10 ** Math.floor(Math.log10([...steps][0]!)));
  });

  it('gives a single value an axis around it', () => {
    const ticks = valueTicks([72]);
    expect(ticks[0]).toBeLessThan(72);
    expect(ticks.at(-1)).toBeGreaterThan(72);
  });

  it('keeps small decimal steps clean', () => {
    expect(valueTicks([0.1, 0.3])).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
  });

  it('has an axis even without values', () => {
    expect(valueTicks([])).toEqual([0, 1]);
  });
});

describe('valueAxisWidth', () => {
  it('grows with the longest label so long units are not cut', () => {
    const short = valueAxisWidth(['10%', '20%'], 14, 400);
    const long = valueAxisWidth(['24,000 calls/month', '31,700 calls/month'], 14, 400);
    expect(long).toBeGreaterThan(short);
    expect(long).toBeGreaterThanOrEqual(estimateLabelWidth('31,700 calls/month', 14));
  });

  it('never takes more than the room it is given', () => {
    expect(valueAxisWidth(['1,000,000,000 passengers/month'], 14, 160)).toBe(160);
  });
});
