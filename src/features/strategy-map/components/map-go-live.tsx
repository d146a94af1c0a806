import type { StrategyMapModel } from '../model/summarize-map';
import { Banner } from './map-primitives';
import { mapColors, type MapLayout } from './map-theme';
import type { MapFormat } from './use-map-format';

/** GO LIVE: the launch date, the pilot, and how much of the readiness checklist is done. */
export function MapGoLive({
  goLive,
  layout,
  format,
}: {
  goLive: StrategyMapModel['goLive'];
  layout: MapLayout;
  format: MapFormat;
}) {
  const { t } = format;
  const { x, width } = layout.grid.go;
  const top = layout.grid.bandTop;
  const percent = goLive.percent ?? 0;
  const barWidth = width - 4;
  return (
    <g>
      <Banner x={x} y={top} width={width} label={t('strategyMap.map.columns.goLive')} notched />
      <text x={x} y={top + 60} fontSize={13} fontWeight={700} fill={mapColors.muted}>
        {t('strategyMap.map.goLive.launch').toUpperCase()}
      </text>
      <text
        x={x}
        y={top + 92}
        fontSize={goLive.date ? 30 : 20}
        fontWeight={700}
        fill={goLive.date ? mapColors.brand : mapColors.muted}
      >
        {goLive.date ? format.date(goLive.date) : t('strategyMap.map.goLive.notSet')}
      </text>
      {goLive.pilotDate ? (
        <text x={x} y={top + 114} fontSize={15} fill={mapColors.ink}>
          {t('strategyMap.map.goLive.pilot', { date: format.date(goLive.pilotDate) })}
        </text>
      ) : null}
      <text x={x + width} y={top + 92} textAnchor="end" fill={mapColors.brand} fontWeight={700}>
        <tspan fontSize={30}>{goLive.percent === null ? '– ' : `${goLive.percent}% `}</tspan>
        <tspan fontSize={15} dx={1}>
          {t('strategyMap.map.goLive.readiness')}
        </tspan>
      </text>
      <rect
        x={x}
        y={top + 134}
        width={barWidth}
        height={12}
        fill={mapColors.white}
        stroke={mapColors.brand}
        strokeWidth={1.5}
      />
      <rect
        x={x}
        y={top + 134}
        width={(barWidth * percent) / 100}
        height={12}
        fill={mapColors.brand}
      />
      <text x={x} y={top + 168} fontSize={14} fill={mapColors.ink}>
        {t('strategyMap.map.goLive.checklist', { done: goLive.done, count: goLive.applicable })}
      </text>
    </g>
  );
}
