import { describe, expect, it } from 'vitest';
import { nextEntryDate } from './next-entry-date';

const today = '2030-12-31';

describe('nextEntryDate', () => {
  it('moves a daily KPI on by one day, across a month and a year', () => {
    expect(nextEntryDate('2026-03-04', 'daily', today)).toBe('2026-03-05');
    expect(nextEntryDate('2026-01-31', 'daily', today)).toBe('2026-02-01');
    expect(nextEntryDate('2026-12-31', 'daily', today)).toBe('2027-01-01');
  });

  it('moves a weekly KPI on by seven days', () => {
    expect(nextEntryDate('2026-03-04', 'weekly', today)).toBe('2026-03-11');
    expect(nextEntryDate('2026-02-25', 'weekly', today)).toBe('2026-03-04');
    expect(nextEntryDate('2028-02-25', 'weekly', today)).toBe('2028-03-03');
  });

  it('moves a monthly KPI to the same day of the next month', () => {
    expect(nextEntryDate('2026-01-15', 'monthly', today)).toBe('2026-02-15');
    expect(nextEntryDate('2026-12-15', 'monthly', today)).toBe('2027-01-15');
  });

  it('moves the end of a long month to the end of a shorter one', () => {
    expect(nextEntryDate('2026-01-31', 'monthly', today)).toBe('2026-02-28');
    expect(nextEntryDate('2028-01-31', 'monthly', today)).toBe('2028-02-29');
    expect(nextEntryDate('2028-01-30', 'monthly', today)).toBe('2028-02-29');
    expect(nextEntryDate('2026-03-31', 'monthly', today)).toBe('2026-04-30');
    expect(nextEntryDate('2026-02-28', 'monthly', today)).toBe('2026-03-28');
  });

  it('knows which years are leap years', () => {
    expect(nextEntryDate('2100-01-31', 'monthly', '2100-12-31')).toBe('2100-02-28');
    expect(nextEntryDate('2000-01-31', 'monthly', '2000-12-31')).toBe('2000-02-29');
    expect(nextEntryDate('2028-02-29', 'daily', today)).toBe('2028-03-01');
  });

  it('moves a quarterly KPI on by three months, keeping the day where it exists', () => {
    expect(nextEntryDate('2026-01-15', 'quarterly', today)).toBe('2026-04-15');
    expect(nextEntryDate('2026-11-30', 'quarterly', today)).toBe('2027-02-28');
    expect(nextEntryDate('2027-11-30', 'quarterly', today)).toBe('2028-02-29');
    expect(nextEntryDate('2026-05-31', 'quarterly', today)).toBe('2026-08-31');
  });

  it('never goes past today, and stays on today', () => {
    expect(nextEntryDate('2026-06-10', 'monthly', '2026-06-20')).toBe('2026-06-20');
    expect(nextEntryDate('2026-06-20', 'daily', '2026-06-20')).toBe('2026-06-20');
    expect(nextEntryDate('2026-06-13', 'weekly', '2026-06-20')).toBe('2026-06-20');
    expect(nextEntryDate('2026-06-12', 'weekly', '2026-06-20')).toBe('2026-06-19');
  });

  it('leaves a date that is not a calendar day as it was typed', () => {
    expect(nextEntryDate('', 'daily', today)).toBe('');
    expect(nextEntryDate('2026-02-30', 'monthly', today)).toBe('2026-02-30');
  });
});
