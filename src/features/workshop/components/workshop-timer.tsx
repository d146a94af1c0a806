import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { StageSlug } from '../../../lib/stages';
import { useTimerState } from '../api/timer-store';
import {
  formatRemaining,
  maxTimerMinutes,
  minutesFor,
  pauseTimer,
  resetTimer,
  setMinutes,
  startTimer,
  timerView,
} from '../model/timer';
import './workshop-timer.css';

export interface WorkshopTimerProps {
  roadmapId: string;
  stage: StageSlug;
  /** Large, for presenting mode: the countdown only, no controls. */
  large?: boolean;
}

/**
 * The clock the countdown is drawn against: it ticks while a countdown runs and stands still
 * otherwise; `refresh` sets it when the timer is started, so the first frame is right.
 */
function useNow(isRunning: boolean): [number, () => void] {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isRunning) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 250);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [isRunning]);
  return [now, () => setNow(Date.now())];
}

/**
 * The workshop timer: minutes set per stage, start, pause, reset. One countdown per roadmap keeps
 * running across stages and reloads (see timer-store.ts), and ends plainly on screen: no sound.
 */
export function WorkshopTimer({ roadmapId, stage, large = false }: WorkshopTimerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [state, update] = useTimerState(roadmapId);
  const [now, refreshNow] = useNow(state.run?.kind === 'running');
  const start = () => {
    refreshNow();
    update((current) => startTimer(current, stage, Date.now()));
  };
  const view = timerView(state, now);
  const stageName = (slug: StageSlug) => t(`stages.${slug}.short`);

  if (large) {
    if (view.kind === 'idle') return null;
    return (
      <p className={`workshop-timer-large is-${view.kind}`} role="timer">
        {view.kind === 'ended' ? t('workshop.timer.timesUp') : formatRemaining(view.remainingMs)}
      </p>
    );
  }

  return (
    <div
      className={`workshop-timer is-${view.kind}`}
      role="group"
      aria-label={t('workshop.timer.group')}
    >
      {view.kind === 'idle' ? (
        <>
          <label htmlFor={id} className="visually-hidden">
            {t('workshop.timer.minutes', { stage: stageName(stage) })}
          </label>
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={1}
            max={maxTimerMinutes}
            className="workshop-timer-minutes"
            value={minutesFor(state, stage)}
            onChange={(event) => {
              const minutes = Number(event.target.value);
              if (Number.isFinite(minutes) && minutes > 0)
                update((current) => setMinutes(current, stage, minutes));
            }}
          />
          <span aria-hidden="true">{t('workshop.timer.minutesShort')}</span>
          <button type="button" className="button" onClick={start}>
            <span aria-hidden="true">▶ {t('workshop.timer.startShort')}</span>
            <span className="visually-hidden">{t('workshop.timer.start')}</span>
          </button>
        </>
      ) : (
        <>
          {view.stage !== stage ? (
            <span className="workshop-timer-stage">{stageName(view.stage)}</span>
          ) : null}
          <span className="workshop-timer-time" role="timer">
            {view.kind === 'ended'
              ? t('workshop.timer.timesUp')
              : formatRemaining(view.remainingMs)}
            {view.kind === 'paused' ? (
              <span className="workshop-timer-paused"> ({t('workshop.timer.paused')})</span>
            ) : null}
          </span>
          {view.kind === 'running' ? (
            <button
              type="button"
              className="button"
              onClick={() => update((current) => pauseTimer(current, Date.now()))}
            >
              {t('workshop.timer.pause')}
            </button>
          ) : null}
          {view.kind === 'paused' ? (
            <button type="button" className="button" onClick={start}>
              {t('workshop.timer.resume')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => update(resetTimer)}>
            {t('workshop.timer.reset')}
          </button>
          {/* Said once when time is up; the countdown itself is not read out every second. */}
          <span className="visually-hidden" role="status">
            {view.kind === 'ended'
              ? t('workshop.timer.endedFor', { stage: stageName(view.stage) })
              : ''}
          </span>
        </>
      )}
    </div>
  );
}
