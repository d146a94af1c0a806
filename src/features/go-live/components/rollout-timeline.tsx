import { useTranslation } from '../../../components/ui/translation';
import { formatDate, formattingLocale } from '../../../lib/format';
import { rolloutSteps, type Rollout } from '../model/go-live';
import type { RolloutTimeline as Timeline } from '../model/launch-timing';
import { RolloutTimelineChart } from './rollout-timeline-chart';

export interface RolloutTimelineProps {
  timeline: Timeline | null;
  channels: readonly { id: string; name: string; rollout: Rollout | undefined }[];
}

/** The rollout timeline with its words: a heading, the chart, and the same dates as a table. */
export function RolloutTimeline({ timeline, channels }: RolloutTimelineProps) {
  const { t, i18n } = useTranslation();
  const monthFormat = new Intl.DateTimeFormat(formattingLocale(i18n.language), {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
  const day = (date: string | null | undefined) =>
    date ? formatDate(date, i18n.language) : t('goLive.rollout.notSet');
  const names = new Map(channels.map((channel) => [channel.id, channel.name]));
  return (
    <div className="rollout-timeline">
      <h3>{t('goLive.rollout.timelineHeading')}</h3>
      {timeline ? (
        <RolloutTimelineChart
          timeline={timeline}
          names={names}
          title={t('goLive.rollout.timelineHeading')}
          summary={t('goLive.rollout.timelineSummary')}
          stepLabels={{
            pilotDate: t('goLive.rollout.pilotDate'),
            softLaunchDate: t('goLive.rollout.softLaunchDate'),
            fullDate: t('goLive.rollout.fullDate'),
          }}
          todayLabel={t('goLive.rollout.today')}
          goLiveLabel={t('goLive.markers.goLive')}
          pilotLabel={t('goLive.markers.pilot')}
          formatTick={(date) => monthFormat.format(new Date(`${date}T00:00:00Z`))}
        />
      ) : (
        <p className="muted">{t('goLive.rollout.timelineEmpty')}</p>
      )}
      <details className="rollout-table-toggle">
        <summary>{t('goLive.rollout.tableToggle')}</summary>
        <table className="rollout-table">
          <caption>{t('goLive.rollout.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('goLive.rollout.channel')}</th>
              {rolloutSteps.map((step) => (
                <th key={step} scope="col">
                  {t(`goLive.rollout.${step}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {channels.map((channel) => (
              <tr key={channel.id}>
                <th scope="row">{channel.name}</th>
                {rolloutSteps.map((step) => (
                  <td key={step}>{day(channel.rollout?.[step])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
