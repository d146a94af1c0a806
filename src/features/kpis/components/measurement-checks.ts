import { isCalendarDate } from '../../../lib/calendar';

/** Why a typed date cannot carry a value (a catalog key), or null when it can. */
export function checkDate(
  date: string,
  today: string,
): 'kpis.log.dateRequired' | 'kpis.log.future' | null {
  if (!isCalendarDate(date)) return 'kpis.log.dateRequired';
  if (date > today) return 'kpis.log.future';
  return null;
}
