import { addDays, addMonths, isCalendarDate, monthEnd } from '../../../lib/calendar';
import type { MeasurementFrequency } from './kpi';

/** The same day `months` later, or that month's last day when it has no such day (31 Jan → 28 Feb). */
function addMonthsKeepingDay(date: string, months: number): string {
  const shifted = addMonths(date, months);
  const lastDay = monthEnd(date, months);
  return shifted > lastDay ? lastDay : shifted;
}

/**
 * The date the quick entry moves to once a value is saved: one period of the KPI's frequency
 * later, so a series is typed value after value. A value cannot be dated in the future, so the
 * step stops at today; a date that is not a calendar day stays as typed.
 */
export function nextEntryDate(
  date: string,
  frequency: MeasurementFrequency,
  today: string,
): string {
  if (!isCalendarDate(date)) return date;
  const next = {
    daily: () => addDays(date, 1),
    weekly: () => addDays(date, 7),
    monthly: () => addMonthsKeepingDay(date, 1),
    quarterly: () => addMonthsKeepingDay(date, 3),
  }[frequency]();
  return next > today ? today : next;
}
