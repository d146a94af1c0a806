import type { Goal } from './goal';
import { sortGoalsByDeadline } from './goal-order';

export interface TimelineMarker {
  date: string;
  label: string;
}

export interface TimelineRow {
  id: string;
  title: string;
  /** Where the bar starts: the start date, or today (or the deadline if earlier) when unknown. */
  from: string;
  deadline: string;
  hasStartDate: boolean;
  /** Positions as fractions of the axis width, 0 at the left edge and 1 at the right. */
  x1: number;
  x2: number;
}

export interface TimelineTick {
  date: string;
  x: number;
  /** A tick where a new year begins, labelled with the year as well. */
  isYearStart: boolean;
}

export interface TimelineLayout {
  /** The axis runs from the first day of `start`'s month to `end` (exclusive). */
  start: string;
  end: string;
  rows: TimelineRow[];
  ticks: TimelineTick[];
  tickStep: 'month' | 'quarter' | 'year';
  today: { date: string; x: number };
  markers: (TimelineMarker & { x: number })[];
  /** Goals without a deadline have no place on a time axis; they are counted here. */
  withoutDeadline: number;
}

type TimelineGoal = Pick<Goal, 'id' | 'title' | 'startDate' | 'deadline' | 'position'>;

const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

function monthStart(day: string, addMonths = 0): string {
  const date = new Date(toTime(day));
  return toDay(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + addMonths, 1));
}

function monthsBetween(from: string, to: string): number {
  const a = new Date(toTime(from));
  const b = new Date(toTime(to));
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}

const minDay = (days: string[]) => days.reduce((a, b) => (b < a ? b : a));
const maxDay = (days: string[]) => days.reduce((a, b) => (b > a ? b : a));

/**
 * Places goals on a time axis: one row per goal with a deadline (nearest deadline first), bars
 * from start to deadline, today and any markers as vertical lines, and ticks at whole months,
 * quarters or years depending on the span. Dates are calendar days (`YYYY-MM-DD`); positions are
 * fractions of the axis width so the chart can draw at any size.
 */
export function timelineLayout(
  goals: readonly TimelineGoal[],
  today: string,
  markers: readonly TimelineMarker[] = [],
): TimelineLayout {
  const scheduled = sortGoalsByDeadline(goals.filter((goal) => goal.deadline !== ''));
  const bars = scheduled.map((goal) => {
    const hasStartDate = goal.startDate !== '' && goal.startDate < goal.deadline;
    const from = hasStartDate ? goal.startDate : minDay([today, goal.deadline]);
    return { goal, from, hasStartDate };
  });
  const days = [
    today,
    ...bars.flatMap((bar) => [bar.from, bar.goal.deadline]),
    ...markers.map((marker) => marker.date),
  ];
  const start = monthStart(minDay(days));
  // At least three months wide, ending on a month boundary after the last date.
  const end = maxDay([monthStart(maxDay(days), 1), monthStart(start, 3)]);
  const span = toTime(end) - toTime(start);
  const x = (day: string) => (toTime(day) - toTime(start)) / span;

  const months = monthsBetween(start, end);
  const tickStep = months <= 18 ? 'month' : months <= 48 ? 'quarter' : 'year';
  const stride = { month: 1, quarter: 3, year: 12 }[tickStep];
  const ticks: TimelineTick[] = [];
  for (let offset = 0; offset <= months; offset += 1) {
    const date = monthStart(start, offset);
    const month = new Date(toTime(date)).getUTCMonth();
    if (month % stride !== 0) continue;
    ticks.push({ date, x: x(date), isYearStart: month === 0 });
  }

  return {
    start,
    end,
    rows: bars.map(({ goal, from, hasStartDate }) => ({
      id: goal.id,
      title: goal.title,
      from,
      deadline: goal.deadline,
      hasStartDate,
      x1: x(from),
      x2: x(goal.deadline),
    })),
    ticks,
    tickStep,
    today: { date: today, x: x(today) },
    markers: markers.map((marker) => ({ ...marker, x: x(marker.date) })),
    withoutDeadline: goals.length - scheduled.length,
  };
}
