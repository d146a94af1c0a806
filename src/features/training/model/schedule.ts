import { addDays, dayNumber, monthEnd } from '../../../lib/calendar';
import type { CompetencyFamily, ModuleStatus, TrainingModule } from './training';

export interface ScheduleBar {
  id: string;
  title: string;
  family: CompetencyFamily;
  status: ModuleStatus;
  startDate: string;
  endDate: string;
  /** Left edge and width as fractions (0-1) of the axis. */
  x: number;
  width: number;
}

export interface ScheduleAxis {
  start: string;
  end: string;
  /** First day of each month on the axis, with its position (0-1). */
  months: { date: string; x: number }[];
}

export interface Schedule {
  axis: ScheduleAxis | null;
  bars: ScheduleBar[];
  /** Modules without both dates: they are listed, not drawn. */
  unscheduled: Pick<TrainingModule, 'id' | 'title'>[];
  today: number | null;
  goLive: number | null;
}

/**
 * Lays the dated modules on one time axis from the first month with a module (or today, or the
 * go-live date) to the last one, whole months, so "Today" and "Go live" always fit on the chart.
 */
export function trainingSchedule(
  modules: readonly Pick<
    TrainingModule,
    'id' | 'title' | 'family' | 'status' | 'startDate' | 'endDate'
  >[],
  today: string,
  goLiveDate: string | null,
): Schedule {
  const dated = modules.filter(
    (module): module is typeof module & { startDate: string; endDate: string } =>
      module.startDate !== null && module.endDate !== null,
  );
  const unscheduled = modules
    .filter((module) => module.startDate === null || module.endDate === null)
    .map(({ id, title }) => ({ id, title }));
  if (dated.length === 0) return { axis: null, bars: [], unscheduled, today: null, goLive: null };
  const days = [
    ...dated.flatMap((module) => [module.startDate, module.endDate]),
    today,
    ...(goLiveDate ? [goLiveDate] : []),
  ].sort();
  const start = `${days[0]!.slice(0, 7)}-01`;
  const end = addDays(monthEnd(days.at(-1)!, 0), 1);
  const span = dayNumber(end) - dayNumber(start);
  const at = (date: string) => (dayNumber(date) - dayNumber(start)) / span;
  const months: ScheduleAxis['months'] = [];
  for (let month = start; month < end; month = addDays(monthEnd(month, 0), 1))
    months.push({ date: month, x: at(month) });
  return {
    axis: { start, end, months },
    // A module lasts to the end of its last day, so a one-day module still has a width.
    bars: dated.map((module) => ({
      id: module.id,
      title: module.title,
      family: module.family,
      status: module.status,
      startDate: module.startDate,
      endDate: module.endDate,
      x: at(module.startDate),
      width: at(addDays(module.endDate, 1)) - at(module.startDate),
    })),
    unscheduled,
    today: at(today),
    goLive: goLiveDate ? at(goLiveDate) : null,
  };
}
