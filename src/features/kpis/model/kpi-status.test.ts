import { describe, expect, it } from 'vitest';
import { allowedAgeDays, expectedValueOn, kpiStatus, type KpiPlan } from './kpi-status';

/** A year-long plan from 2026-01-01 to 2027-01-01 (365 days): halfway is 2026-07-02. */
const higher: KpiPlan = {
  baseline: 50,
  baselineDate: '2026-01-01',
  target: 100,
  targetDate: '2027-01-01',
  direction: 'higher',
  frequency: 'monthly',
  createdAt: '2025-06-01T10:00:00.000Z',
};
const lower: KpiPlan = { ...higher, baseline: 100, target: 50, direction: 'lower' };
const halfway = '2026-07-02';
const at = (plan: KpiPlan, value: number, date = halfway, today = date) =>
  kpiStatus(plan, { date, value }, today);

describe('kpiStatus', () => {
  it('is on track when progress keeps up with time, including within the 10% tolerance', () => {
    expect(at(higher, 75).status).toBe('on-track');
    expect(at(higher, 71).status).toBe('on-track'); // 42% of the way at 50% of the time
    expect(at(higher, 95).status).toBe('on-track');
    expect(at(higher, 75).expectedValue).toBeCloseTo(75, 0);
  });

  it('is at risk when short by more than 10% and up to 25% of the path, off track beyond', () => {
    expect(at(higher, 69).status).toBe('at-risk'); // 38%
    expect(at(higher, 63).status).toBe('at-risk'); // 26%
    expect(at(higher, 61).status).toBe('off-track'); // 22%
    expect(at(higher, 40).status).toBe('off-track'); // worse than the baseline
  });

  it('reads progress in the KPI direction when lower is better', () => {
    expect(at(lower, 75).status).toBe('on-track');
    expect(at(lower, 70).status).toBe('on-track');
    expect(at(lower, 31).status).toBe('on-track'); // beyond the target is still fine
    expect(at(lower, 69 + 12).status).toBe('at-risk'); // 38% of the way
    expect(at(lower, 90).status).toBe('off-track');
    expect(at(lower, 120).progress).toBeCloseTo(-0.4);
  });

  it('uses the KPI creation day when the baseline has no date', () => {
    const plan = { ...higher, baselineDate: null, createdAt: '2026-01-01T08:00:00.000Z' };
    expect(at(plan, 75).expectedProgress).toBeCloseTo(0.5, 2);
    expect(expectedValueOn(plan, '2026-01-01')).toBe(50);
    expect(expectedValueOn(plan, '2030-01-01')).toBe(100);
  });

  it('expects the whole way once the target date has passed', () => {
    expect(at(higher, 95, '2027-03-01').status).toBe('on-track');
    expect(at(higher, 90, '2027-03-01').status).toBe('at-risk');
    expect(at(higher, 70, '2027-03-01').status).toBe('off-track');
  });

  it('judges a level to hold (baseline = target) against the target with a 5% band', () => {
    const hold = { ...higher, baseline: 90, target: 90 };
    expect(at(hold, 91).status).toBe('on-track');
    expect(at(hold, 87).status).toBe('at-risk');
    expect(at(hold, 80).status).toBe('off-track');
  });

  it.each([
    ['daily', 2],
    ['weekly', 10],
    ['monthly', 35],
    ['quarterly', 100],
  ] as const)('marks a %s measurement overdue after %i days', (frequency, days) => {
    expect(allowedAgeDays[frequency]).toBe(days);
    const plan = { ...higher, frequency };
    const date = '2026-07-02';
    const dayAfter = (offset: number) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    expect(kpiStatus(plan, { date, value: 75 }, dayAfter(days)).status).toBe('on-track');
    const late = kpiStatus(plan, { date, value: 75 }, dayAfter(days + 1));
    expect(late.status).toBe('overdue');
    expect(late.pathStatus).toBe('on-track');
    expect(late.ageDays).toBe(days + 1);
  });

  it('says when there is no value, or no full plan to compare with', () => {
    expect(kpiStatus(higher, null, halfway).status).toBe('no-data');
    expect(at({ ...higher, target: null }, 60).status).toBe('no-target');
    expect(at({ ...higher, baseline: null }, 60).status).toBe('no-target');
    expect(at({ ...higher, targetDate: null }, 60).status).toBe('no-target');
    expect(at({ ...higher, targetDate: null }, 60, halfway, '2026-09-30').status).toBe('overdue');
  });
});
