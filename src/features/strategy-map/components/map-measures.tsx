import type { StrategyMapModel } from '../model/summarize-map';
import { estimateTextWidth, truncateText } from '../../../lib/text-wrap';
import { Banner, MapText, StatusMark } from './map-primitives';
import { mapColors, type MapLayout } from './map-theme';
import type { MapFormat } from './use-map-format';

const cardGap = 10;
const cardHeight = 70;

/** HOW WE MEASURE: a card per KPI with its latest value, its target and its status. */
export function MapMeasures({
  kpis,
  layout,
  format,
}: {
  kpis: StrategyMapModel['kpis'];
  layout: MapLayout;
  format: MapFormat;
}) {
  const { t } = format;
  const { grid } = layout;
  const perRow = layout.kpisPerRow;
  const x = grid.margin;
  const width = grid.means.x + grid.means.width - x;
  const top = grid.bandTop;
  const cardWidth = (width - (perRow - 1) * cardGap) / perRow;
  const counts = kpis.counts;
  // The date goes with the value when both fit on the line; the value alone otherwise.
  const latestText = (latest: { value: number; date: string }, unit: string, width: number) => {
    const value = t('strategyMap.map.kpis.latest', { value: format.amount(latest.value, unit) });
    const withDate = `${value}  ${t('strategyMap.map.kpis.latestOn', { date: format.date(latest.date) })}`;
    return estimateTextWidth(withDate, 13) <= width ? withDate : value;
  };
  const summary =
    kpis.items.length === 0
      ? ''
      : t('kpis.summary', {
          onTrack: counts['on-track'] ?? 0,
          atRisk: counts['at-risk'] ?? 0,
          offTrack: counts['off-track'] ?? 0,
          overdue: counts.overdue ?? 0,
        });
  return (
    <g>
      <Banner x={x} y={top} width={width} label={t('strategyMap.map.columns.measure')} />
      <text x={x + width - 28} y={top + 23} textAnchor="end" fontSize={15} fill={mapColors.white}>
        {[summary, kpis.more > 0 ? t('strategyMap.map.more', { count: kpis.more }) : '']
          .filter(Boolean)
          .join('  ·  ')}
      </text>
      {kpis.items.length === 0 ? (
        <MapText
          x={x}
          y={top + 66}
          text={t('strategyMap.map.empty', { stage: t('stages.kpis.title') })}
          size={15}
          width={width}
          fill={mapColors.muted}
        />
      ) : null}
      {kpis.items.map((kpi, index) => {
        const cx = x + (index % perRow) * (cardWidth + cardGap);
        const cy = top + 44 + Math.floor(index / perRow) * (cardHeight + cardGap);
        const inner = cardWidth - 24;
        const statusText = t(`kpis.status.${kpi.status}`);
        const statusWidth = estimateTextWidth(statusText, 13, true);
        const targetText =
          kpi.target === null
            ? t('strategyMap.map.kpis.noTarget')
            : t('strategyMap.map.kpis.target', { value: format.amount(kpi.target, kpi.unit) });
        return (
          <g key={kpi.id}>
            <rect
              x={cx}
              y={cy}
              width={cardWidth}
              height={cardHeight}
              fill={mapColors.white}
              stroke={mapColors.line}
              strokeWidth={1.5}
              rx={4}
            />
            <MapText x={cx + 12} y={cy + 21} text={kpi.name} size={14} bold width={inner} />
            {kpi.latest ? (
              <MapText
                x={cx + 12}
                y={cy + 43}
                text={latestText(kpi.latest, kpi.unit, inner)}
                size={13}
                width={inner}
              />
            ) : (
              <text x={cx + 12} y={cy + 43} fontSize={13} fill={mapColors.muted}>
                {t('strategyMap.map.kpis.noValue')}
              </text>
            )}
            <StatusMark x={cx + 20} y={cy + 58} status={kpi.status} />
            <text x={cx + 34} y={cy + 63} fontSize={13} fontWeight={700} fill={mapColors.ink}>
              {statusText}
            </text>
            <text
              x={cx + cardWidth - 12}
              y={cy + 63}
              textAnchor="end"
              fontSize={13}
              fill={mapColors.muted}
            >
              {truncateText(targetText, { maxWidth: inner - 30 - statusWidth, fontSize: 13 })}
            </text>
          </g>
        );
      })}
    </g>
  );
}
