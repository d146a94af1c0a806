import { useTranslation } from '../../../components/ui/translation';
import { formatDate } from '../../../lib/format';
import type { Countdown } from '../model/launch-timing';

export interface LaunchCountdownProps {
  countdown: Countdown;
  goLiveDate: string | null;
  pilotDate: string | null;
}

/** The number the room looks at: days to go-live (or since), large, with the dates in words. */
export function LaunchCountdown({ countdown, goLiveDate, pilotDate }: LaunchCountdownProps) {
  const { t, i18n } = useTranslation();
  const text =
    countdown.kind === 'not-set'
      ? t('goLive.launch.notSet')
      : countdown.kind === 'today'
        ? t('goLive.launch.today')
        : countdown.kind === 'until'
          ? t('goLive.launch.until', { count: countdown.days })
          : t('goLive.launch.since', { count: countdown.days });
  return (
    <div className="launch-countdown" role="group" aria-label={t('goLive.launch.countdownLabel')}>
      <p className="launch-countdown-label">{t('goLive.launch.countdownLabel')}</p>
      <p className={`launch-countdown-value launch-countdown-${countdown.kind}`}>{text}</p>
      {goLiveDate ? (
        <p className="launch-countdown-date">
          {t('goLive.launch.onDate', { date: formatDate(goLiveDate, i18n.language) })}
        </p>
      ) : null}
      {pilotDate ? (
        <p className="muted">
          {t('goLive.launch.pilotOn', { date: formatDate(pilotDate, i18n.language) })}
        </p>
      ) : null}
    </div>
  );
}
