import { useTranslation } from '../../../components/ui/translation';
import { formatDate, formattingLocale } from '../../../lib/format';
import type { TimelineLayout } from '../model/timeline';
import { useIsPresenting } from '../../../components/ui/use-presenting-class';
import { GoalTimelineChart } from './goal-timeline-chart';

export interface GoalTimelineProps {
  layout: TimelineLayout;
}

/** The timeline with its words: heading, chart, and the same facts as a table. */
export function GoalTimeline({ layout }: GoalTimelineProps) {
  const { t, i18n } = useTranslation();
  // The chart scales with the page (about 1.17 px a unit at 1280 px): 18 units is 21 px there.
  const isPresenting = useIsPresenting();
  const language = i18n.language;
  const locale = formattingLocale(language);
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthYearFormat = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const yearFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const formatTick = (date: string, showYear: boolean) => {
    const day = new Date(`${date}T00:00:00Z`);
    if (layout.tickStep === 'year') return yearFormat.format(day);
    return (showYear ? monthYearFormat : monthFormat).format(day);
  };
  const formatDay = (date: string) => formatDate(date, language);

  return (
    <section
      className="goal-panel goal-timeline"
      aria-labelledby="goal-timeline-title"
      data-stage-result=""
    >
      <h2 id="goal-timeline-title">{t('goals.timeline.heading')}</h2>
      {layout.rows.length === 0 ? (
        <p className="muted">{t('goals.timeline.empty')}</p>
      ) : (
        <>
          <p className="goal-timeline-summary">{t('goals.timeline.summary')}</p>
          <GoalTimelineChart
            layout={layout}
            title={t('goals.timeline.heading')}
            summary={t('goals.timeline.summary')}
            todayLabel={t('goals.timeline.today')}
            formatTick={formatTick}
            formatDay={formatDay}
            tickSize={isPresenting ? 18 : 14}
          />
          <table className="goal-timeline-table visually-hidden">
            <caption>
              {t('goals.timeline.tableCaption')} ({t('goals.timeline.today')}:{' '}
              {formatDay(layout.today.date)})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('goals.timeline.goal')}</th>
                <th scope="col">{t('goals.timeline.start')}</th>
                <th scope="col">{t('goals.timeline.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {layout.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.title}</th>
                  <td>{row.hasStartDate ? formatDay(row.from) : t('goals.notSet')}</td>
                  <td>{formatDay(row.deadline)}</td>
                </tr>
              ))}
              {layout.markers.map((marker) => (
                <tr key={`${marker.date}-${marker.label}`}>
                  <th scope="row">{marker.label}</th>
                  <td />
                  <td>{formatDay(marker.date)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {layout.withoutDeadline > 0 ? (
        <p className="muted">
          {t('goals.timeline.withoutDeadline', { count: layout.withoutDeadline })}
        </p>
      ) : null}
    </section>
  );
}
