import { z } from 'zod';
import { stageSlugs, type StageSlug } from '../../../lib/stages';

export const maxTimerMinutes = 180;
export const defaultTimerMinutes = 10;

/**
 * The workshop timer of one roadmap: minutes set per stage, and at most one countdown, which keeps
 * running while the room moves between stages. Plain data, so it survives a reload as it is.
 */
export const timerStateSchema = z.object({
  minutes: z.partialRecord(z.enum(stageSlugs), z.number().int().min(1).max(maxTimerMinutes)),
  run: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('running'), stage: z.enum(stageSlugs), endsAt: z.number() }),
      z.object({
        kind: z.literal('paused'),
        stage: z.enum(stageSlugs),
        remainingMs: z.number().min(0),
      }),
    ])
    .nullable(),
});
export type TimerState = z.infer<typeof timerStateSchema>;

export const idleTimer: TimerState = { minutes: {}, run: null };

export function minutesFor(state: TimerState, stage: StageSlug): number {
  return state.minutes[stage] ?? defaultTimerMinutes;
}

export function setMinutes(state: TimerState, stage: StageSlug, minutes: number): TimerState {
  const bounded = Math.min(maxTimerMinutes, Math.max(1, Math.round(minutes)));
  return { ...state, minutes: { ...state.minutes, [stage]: bounded } };
}

/** Starts the stage's minutes, or resumes a paused countdown where it stopped. */
export function startTimer(state: TimerState, stage: StageSlug, now: number): TimerState {
  if (state.run?.kind === 'paused') {
    return {
      ...state,
      run: { kind: 'running', stage: state.run.stage, endsAt: now + state.run.remainingMs },
    };
  }
  return {
    ...state,
    run: { kind: 'running', stage, endsAt: now + minutesFor(state, stage) * 60_000 },
  };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.run?.kind !== 'running') return state;
  return {
    ...state,
    run: {
      kind: 'paused',
      stage: state.run.stage,
      remainingMs: Math.max(0, state.run.endsAt - now),
    },
  };
}

export function resetTimer(state: TimerState): TimerState {
  return { ...state, run: null };
}

export type TimerView =
  | { kind: 'idle' }
  | { kind: 'running' | 'paused'; stage: StageSlug; remainingMs: number }
  | { kind: 'ended'; stage: StageSlug };

/** What the timer shows at `now`. */
export function timerView(state: TimerState, now: number): TimerView {
  const run = state.run;
  if (!run) return { kind: 'idle' };
  if (run.kind === 'paused')
    return { kind: 'paused', stage: run.stage, remainingMs: run.remainingMs };
  const remainingMs = run.endsAt - now;
  return remainingMs > 0
    ? { kind: 'running', stage: run.stage, remainingMs }
    : { kind: 'ended', stage: run.stage };
}

/** 612,400 ms -> "10:13": whole seconds, rounded up, so 0:00 is shown only when time is up. */
export function formatRemaining(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
