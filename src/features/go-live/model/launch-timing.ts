import { addDays, dayNumber, daysBetween } from '../../../lib/calendar';
import { rolloutSteps, type Rollout, type RolloutStep } from './go-live';

/** How far the go-live date is from today, in whole days. */
export type Countdown =
  | { kind: 'not-set' }
  | { kind: 'until'; days: number }
  | { kind: 'today' }
  | { kind: 'since'; days: number };

export function countdown(goLiveDate: string | null, today: string): Countdown {
  if (!goLiveDate) return { kind: 'not-set' };
  const days = daysBetween(today, goLiveDate);
  if (days === 0) return { kind: 'today' };
  return days > 0 ? { kind: 'until', days } : { kind: 'since', days: -days };
}

type RolloutDates = Pick<Rollout, RolloutStep>;

export interface RolloutWarnings {
  /** Planned channels whose full launch comes after the go-live date. */
  lateFull: string[];
  /** Planned channels without any rollout date. */
  undated: string[];
}

/** The rollout plan's checks, per planned channel id. */
export function rolloutWarnings(
  plannedIds: readonly string[],
  rollouts: ReadonlyMap<string, RolloutDates>,
  goLiveDate: string | null,
): RolloutWarnings {
  const lateFull = goLiveDate
    ? plannedIds.filter((id) => {
        const full = rollouts.get(id)?.fullDate;
        return Boolean(full && full > goLiveDate);
      })
    : [];
  const undated = plannedIds.filter((id) => {
    const rollout = rollouts.get(id);
    return !rollout || rolloutSteps.every((step) => rollout[step] === null);
  });
  return { lateFull, undated };
}

export interface TimelineStep {
  step: RolloutStep;
  date: string;
  /** Position on the axis, 0 at the left edge and 1 at the right. */
  x: number;
  /** Where this step's bar ends: the next given step, or the step itself for the last one. */
  endX: number;
}

export interface RolloutTimeline {
  start: string;
  end: string;
  rows: { channelId: string; steps: TimelineStep[] }[];
  today: number;
  goLive: number | null;
  pilot: number | null;
  /** Month starts inside the axis, for tick labels. */
  ticks: { date: string; x: number }[];
}

const monthStart = (date: string, add = 0) => {
  const day = new Date(`${date}T00:00:00Z`);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + add, 1))
    .toISOString()
    .slice(0, 10);
};

/**
 * Places every planned channel's steps on one time axis with today, the pilot and the go-live
 * date. The axis runs over whole months around all dates; null when nothing is dated.
 */
export function rolloutTimeline(
  rows: readonly { channelId: string; rollout: RolloutDates | undefined }[],
  plan: { goLiveDate: string | null; pilotDate: string | null },
  today: string,
): RolloutTimeline | null {
  const stepDates = rows.flatMap(({ rollout }) =>
    rolloutSteps.map((step) => rollout?.[step]).filter((date): date is string => Boolean(date)),
  );
  const planDates = [plan.goLiveDate, plan.pilotDate].filter((date): date is string =>
    Boolean(date),
  );
  if (stepDates.length === 0 && planDates.length === 0) return null;
  const all = [today, ...stepDates, ...planDates].sort();
  const start = monthStart(all[0]!);
  // Leave some room after the last date so its label fits.
  const end = monthStart(addDays(all.at(-1)!, 10), 1);
  const span = dayNumber(end) - dayNumber(start);
  const x = (date: string) => (dayNumber(date) - dayNumber(start)) / span;
  const ticks: { date: string; x: number }[] = [];
  for (let month = start; month < end; month = monthStart(month, 1))
    ticks.push({ date: month, x: x(month) });
  return {
    start,
    end,
    rows: rows.map(({ channelId, rollout }) => {
      const given = rolloutSteps
        .map((step) => ({ step, date: rollout?.[step] ?? null }))
        .filter((entry): entry is { step: RolloutStep; date: string } => entry.date !== null);
      return {
        channelId,
        steps: given.map((entry, index) => ({
          ...entry,
          x: x(entry.date),
          endX: x(given[index + 1]?.date ?? entry.date),
        })),
      };
    }),
    today: x(today),
    goLive: plan.goLiveDate ? x(plan.goLiveDate) : null,
    pilot: plan.pilotDate ? x(plan.pilotDate) : null,
    ticks,
  };
}
