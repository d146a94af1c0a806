/** Calendar-day arithmetic on `YYYY-MM-DD` strings, in UTC so time zones never shift a day. */
const dayMs = 86_400_000;

export function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / dayMs;
}

export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * dayMs).toISOString().slice(0, 10);
}

/** The last day of the month `months` away from the month of `date` (negative goes back). */
export function monthEnd(date: string, months: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months + 1, 0))
    .toISOString()
    .slice(0, 10);
}

/** True for a real calendar day (2026-02-30 is refused, not rolled over to March). */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** The same day `months` later (negative goes back); the 31st rolls into the next month. */
export function addMonths(date: string, months: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() + months);
  return day.toISOString().slice(0, 10);
}
