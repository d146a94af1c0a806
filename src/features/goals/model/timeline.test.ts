import { describe, expect, it } from 'vitest';
import { sortGoalsByDeadline } from './goal-order';
import { timelineLayout } from './timeline';

const goal = (id: string, startDate: string, deadline: string, position = 0) => ({
  id,
  title: `Goal ${id}`,
  startDate,
  deadline,
  position,
});

describe('sortGoalsByDeadline', () => {
  it('puts the nearest deadline first and goals without a deadline last', () => {
    const sorted = sortGoalsByDeadline([
      goal('none', '', '', 0),
      goal('late', '', '2028-01-01', 1),
      goal('soon', '', '2027-01-01', 2),
      goal('none-2', '', '', 3),
    ]);
    expect(sorted.map((g) => g.id)).toEqual(['soon', 'late', 'none', 'none-2']);
  });

  it('keeps the team’s order between goals with the same deadline', () => {
    const sorted = sortGoalsByDeadline([
      goal('b', '', '2027-01-01', 2),
      goal('a', '', '2027-01-01', 1),
    ]);
    expect(sorted.map((g) => g.id)).toEqual(['a', 'b']);
  });
});

describe('timelineLayout', () => {
  it('spans whole months from the earliest start to the latest deadline', () => {
    const layout = timelineLayout(
      [goal('a', '2026-11-08', '2027-05-08'), goal('b', '2026-12-01', '2027-11-20')],
      '2026-11-22',
    );
    expect(layout.start).toBe('2026-11-01');
    expect(layout.end).toBe('2027-12-01');
    expect(layout.tickStep).toBe('month');
    expect(layout.ticks.map((tick) => tick.date)).toHaveLength(14);
    expect(layout.ticks[0]).toEqual({ date: '2026-11-01', x: 0, isYearStart: false });
    expect(layout.ticks.at(-1)).toMatchObject({ date: '2027-12-01', x: 1 });
    expect(layout.ticks.filter((tick) => tick.isYearStart).map((tick) => tick.date)).toEqual([
      '2027-01-01',
    ]);
  });

  it('places bars and today as fractions of the axis, in deadline order', () => {
    const layout = timelineLayout(
      [goal('late', '2026-01-01', '2026-12-31'), goal('early', '2026-01-01', '2026-07-02')],
      '2026-07-02',
    );
    // 2026-01-01 to 2027-01-01 is 365 days; 2 July is day 182.
    expect(layout.rows.map((row) => row.id)).toEqual(['early', 'late']);
    expect(layout.rows[0]).toMatchObject({ x1: 0, x2: 182 / 365, hasStartDate: true });
    expect(layout.rows[1]?.x2).toBeCloseTo(364 / 365);
    expect(layout.today.x).toBeCloseTo(182 / 365);
  });

  it('leaves goals without a deadline off the axis but counts them', () => {
    const layout = timelineLayout(
      [goal('a', '2026-01-01', '2026-06-01'), goal('b', '2026-01-01', '')],
      '2026-03-15',
    );
    expect(layout.rows.map((row) => row.id)).toEqual(['a']);
    expect(layout.withoutDeadline).toBe(1);
  });

  it('starts a bar without a start date at today, marked as open', () => {
    const layout = timelineLayout([goal('a', '', '2027-03-01')], '2026-12-01');
    expect(layout.rows[0]).toMatchObject({ from: '2026-12-01', hasStartDate: false, x1: 0 });
    // A deadline already past starts and ends at the deadline.
    const past = timelineLayout([goal('b', '', '2026-10-01')], '2026-12-01');
    expect(past.rows[0]).toMatchObject({ from: '2026-10-01', x1: 0, x2: 0 });
  });

  it('is at least three months wide and shows today even with no goals', () => {
    const layout = timelineLayout([], '2026-11-22');
    expect(layout).toMatchObject({ start: '2026-11-01', end: '2027-02-01', rows: [] });
    expect(layout.today.x).toBeGreaterThan(0);
    expect(layout.today.x).toBeLessThan(1);
  });

  it('widens the ticks to quarters and years for long plans', () => {
    const quarters = timelineLayout([goal('a', '2026-01-15', '2028-06-30')], '2026-02-01');
    expect(quarters.tickStep).toBe('quarter');
    expect(quarters.ticks.map((tick) => tick.date.slice(5, 7))).toEqual(
      Array.from({ length: 11 }, (_, index) => ['01', '04', '07', '10'][index % 4]),
    );
    const years = timelineLayout([goal('a', '2026-01-15', '2031-06-30')], '2026-02-01');
    expect(years.tickStep).toBe('year');
    expect(years.ticks.every((tick) => tick.isYearStart)).toBe(true);
  });

  it('stretches the axis to include markers such as the go-live date', () => {
    const layout = timelineLayout([goal('a', '2026-01-01', '2026-06-01')], '2026-03-01', [
      { date: '2026-09-15', label: 'Go live' },
    ]);
    expect(layout.end).toBe('2026-10-01');
    expect(layout.markers).toEqual([
      { date: '2026-09-15', label: 'Go live', x: expect.closeTo(257 / 273, 5) },
    ]);
  });
});
