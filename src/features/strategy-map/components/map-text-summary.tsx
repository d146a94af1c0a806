import type { StrategyMapModel } from '../model/summarize-map';
import type { MapFormat } from './use-map-format';

/**
 * The map in words for screen readers: the drawing is one image to assistive technology, so its
 * content is repeated here as headings and lists, in the map's reading order.
 */
export function MapTextSummary({ map, format }: { map: StrategyMapModel; format: MapFormat }) {
  const { t } = format;
  const standing = map.standing.summary;
  const theme = (key: 'digital' | 'culture') => {
    const row = standing[key];
    const value = (number: number | null) => (number === null ? '–' : format.score(number));
    return `${t(`startingPoint.themesShort.${key}`)}: ${t('strategyMap.map.standing.us')} ${value(row.own)}, ${t('strategyMap.map.standing.best')} ${value(row.best?.mean ?? null)}`;
  };
  return (
    <section className="visually-hidden" aria-labelledby="strategy-map-text-title">
      <h2 id="strategy-map-text-title">{t('strategyMap.text.heading')}</h2>
      <h3>{t('strategyMap.map.columns.stand')}</h3>
      <ul>
        <li>{theme('digital')}</li>
        <li>{theme('culture')}</li>
      </ul>
      <h3>{t('strategyMap.map.channels.heading')}</h3>
      <ul>
        {map.channels.inUse.map((channel) => (
          <li
            key={channel.id}
          >{`${t('strategyMap.map.channels.inUse')}: ${format.channelName(channel)}`}</li>
        ))}
        {map.channels.planned.map((channel) => (
          <li key={channel.id}>
            {`${t('strategyMap.map.channels.planned')}: ${format.channelName(channel)}, ${channel.firstDate ? t('strategyMap.map.channels.from', { date: format.date(channel.firstDate) }) : t('strategyMap.map.channels.noDate')}`}
          </li>
        ))}
      </ul>
      <h3>{t('strategyMap.map.journey.heading')}</h3>
      <ol>
        {map.journey.phases.map((phase) => (
          <li key={phase.id}>
            {[
              phase.name,
              phase.emotion === null
                ? ''
                : `${t('strategyMap.map.journey.emotion')}: ${phase.emotion}`,
              ...phase.touchpoints.map((touchpoint) => touchpoint.description),
            ]
              .filter(Boolean)
              .join('; ')}
          </li>
        ))}
      </ol>
      <h3>{t('strategyMap.map.people.heading')}</h3>
      <p>
        {map.people.percent === null
          ? t('strategyMap.map.people.readinessNone')
          : `${map.people.percent}% ${t('strategyMap.map.people.readiness')}`}
      </p>
      <ul>
        {map.people.modules.map((module) => (
          <li key={module.id}>{module.title}</li>
        ))}
      </ul>
      <h3>{t('strategyMap.map.columns.go')}</h3>
      <ul>
        {map.goals.items.map((goal) => (
          <li key={goal.id}>
            {[
              goal.title,
              goal.target === null ? '' : format.amount(goal.target, goal.unit),
              goal.deadline
                ? t('strategyMap.map.goals.by', { date: format.date(goal.deadline) })
                : '',
              goal.dots > 0 ? t('strategyMap.map.goals.dots', { count: goal.dots }) : '',
              goal.benefit,
            ]
              .filter(Boolean)
              .join('; ')}
          </li>
        ))}
      </ul>
      <h3>{t('strategyMap.map.columns.measure')}</h3>
      <ul>
        {map.kpis.items.map((kpi) => (
          <li key={kpi.id}>{`${kpi.name}: ${t(`kpis.status.${kpi.status}`)}`}</li>
        ))}
      </ul>
      <h3>{t('strategyMap.map.columns.goLive')}</h3>
      <p>
        {[
          map.goLive.date ? format.date(map.goLive.date) : t('strategyMap.map.goLive.notSet'),
          t('strategyMap.map.goLive.checklist', {
            done: map.goLive.done,
            count: map.goLive.applicable,
          }),
        ].join('; ')}
      </p>
    </section>
  );
}
