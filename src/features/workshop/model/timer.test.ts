import { describe, expect, it } from 'vitest';
import {
  formatRemaining,
  idleTimer,
  maxTimerMinutes,
  minutesFor,
  pauseTimer,
  resetTimer,
  setMinutes,
  startTimer,
  timerStateSchema,
  timerView,
} from './timer';

const at = Date.UTC(2026, 11, 2, 9, 0, 0);

describe('the workshop timer', () => {
  it('starts from the stage’s minutes, ten by default, and counts down', () => {
    expect(minutesFor(idleTimer, 'goals')).toBe(10);
    const set = setMinutes(idleTimer, 'goals', 15);
    expect(minutesFor(set, 'goals')).toBe(15);
    expect(minutesFor(set, 'channels')).toBe(10);
    const running = startTimer(set, 'goals', at);
    expect(timerView(running, at + 60_000)).toEqual({
      kind: 'running',
      stage: 'goals',
      remainingMs: 14 * 60_000,
    });
  });

  it('pauses where it is, resumes from there on any stage, and resets', () => {
    const running = startTimer(idleTimer, 'channels', at);
    const paused = pauseTimer(running, at + 90_000);
    expect(timerView(paused, at + 600_000)).toEqual({
      kind: 'paused',
      stage: 'channels',
      remainingMs: 510_000,
    });
    // Resumed on another page, it still counts the channels' time.
    const resumed = startTimer(paused, 'kpis', at + 700_000);
    expect(timerView(resumed, at + 710_000)).toEqual({
      kind: 'running',
      stage: 'channels',
      remainingMs: 500_000,
    });
    expect(timerView(resetTimer(resumed), at)).toEqual({ kind: 'idle' });
  });

  it('ends when the time is up, and stays ended', () => {
    const running = startTimer(setMinutes(idleTimer, 'journey', 1), 'journey', at);
    expect(timerView(running, at + 59_999).kind).toBe('running');
    expect(timerView(running, at + 60_000)).toEqual({ kind: 'ended', stage: 'journey' });
    expect(timerView(running, at + 3_600_000).kind).toBe('ended');
  });

  it('keeps the minutes whole and within 1 to 180', () => {
    expect(minutesFor(setMinutes(idleTimer, 'goals', 0), 'goals')).toBe(1);
    expect(minutesFor(setMinutes(idleTimer, 'goals', 999), 'goals')).toBe(maxTimerMinutes);
    expect(minutesFor(setMinutes(idleTimer, 'goals', 7.6), 'goals')).toBe(8);
  });

  it('shows minutes and seconds, rounding up so 0:00 means the time is up', () => {
    expect(formatRemaining(612_400)).toBe('10:13');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5)).toBe('0:00');
  });

  it('reads back only a state it could have written', () => {
    const state = startTimer(setMinutes(idleTimer, 'goals', 5), 'goals', at);
    expect(timerStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(timerStateSchema.safeParse({ minutes: { goals: -3 }, run: null }).success).toBe(false);
    expect(
      timerStateSchema.safeParse({ minutes: {}, run: { kind: 'running', stage: 'x', endsAt: 1 } })
        .success,
    ).toBe(false);
  });
});
