import { describe, expect, it } from 'vitest';
import { countdown, rolloutTimeline, rolloutWarnings } from './launch-timing';

const dates = (
  pilotDate: string | null,
  softLaunchDate: string | null,
  fullDate: string | null,
) => ({
  pilotDate,
  softLaunchDate,
  fullDate,
});

describe('the launch countdown', () => {
  it('counts the days to go, the day itself, and the days since', () => {
    expect(countdown(null, '2026-03-01')).toEqual({ kind: 'not-set' });
    expect(countdown('2026-08-30', '2026-03-01')).toEqual({ kind: 'until', days: 182 });
    expect(countdown('2026-03-01', '2026-03-01')).toEqual({ kind: 'today' });
    expect(countdown('2026-02-26', '2026-03-01')).toEqual({ kind: 'since', days: 3 });
  });
});

describe('the rollout checks', () => {
  it('flags a full launch after go-live and planned channels without any date', () => {
    const rollouts = new Map([
      ['chat', dates('2026-05-01', '2026-06-01', '2026-07-15')],
      ['kb', dates(null, '2026-04-01', '2026-06-30')],
      ['bot', dates(null, null, null)],
    ]);
    expect(rolloutWarnings(['chat', 'kb', 'bot', 'app'], rollouts, '2026-07-01')).toEqual({
      lateFull: ['chat'],
      undated: ['bot', 'app'],
    });
    expect(rolloutWarnings(['chat'], rollouts, null).lateFull).toEqual([]);
  });
});

describe('the rollout timeline', () => {
  it('is empty until something is dated', () => {
    expect(
      rolloutTimeline(
        [{ channelId: 'chat', rollout: undefined }],
        { goLiveDate: null, pilotDate: null },
        '2026-03-10',
      ),
    ).toBeNull();
  });

  it('spans whole months around every date, with each step ending where the next begins', () => {
    const timeline = rolloutTimeline(
      [
        { channelId: 'chat', rollout: dates('2026-05-01', null, '2026-07-01') },
        { channelId: 'kb', rollout: undefined },
      ],
      { goLiveDate: '2026-06-15', pilotDate: '2026-05-01' },
      '2026-03-10',
    )!;
    expect(timeline.start).toBe('2026-03-01');
    expect(timeline.end).toBe('2026-08-01');
    expect(timeline.ticks.map((tick) => tick.date)).toEqual([
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
    ]);
    const [chat, kb] = timeline.rows;
    expect(chat!.steps.map((step) => step.step)).toEqual(['pilotDate', 'fullDate']);
    expect(chat!.steps[0]!.endX).toBe(chat!.steps[1]!.x);
    expect(chat!.steps[1]!.endX).toBe(chat!.steps[1]!.x);
    expect(kb!.steps).toEqual([]);
    expect(timeline.pilot).toBe(chat!.steps[0]!.x);
    expect(timeline.today).toBeGreaterThan(0);
    expect(timeline.goLive!).toBeGreaterThan(timeline.pilot!);
    expect(timeline.goLive!).toBeLessThan(1);
  });
});
