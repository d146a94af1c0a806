import type { StrategyMapModel } from '../model/summarize-map';
import { MapText } from './map-primitives';
import { mapColors, type MapLayout } from './map-theme';
import type { MapFormat } from './use-map-format';

export interface MapTitleProps {
  title: StrategyMapModel['title'];
  today: string;
  layout: MapLayout;
  format: MapFormat;
}

/** The title block: roadmap, company and author on the left, the dates on the right. */
export function MapTitle({ title, today, layout, format }: MapTitleProps) {
  const { t } = format;
  const { size, grid } = layout;
  const right = size.width - grid.margin;
  // The name and byline run up to the dates on the right: 900 units on A4.
  const nameWidth = right - grid.margin - 442;
  const byline = [
    title.company,
    title.author && t('strategyMap.map.preparedBy', { author: title.author }),
  ]
    .filter(Boolean)
    .join('  ·  ');
  return (
    <g>
      <rect x={0} y={0} width={size.width} height={10} fill={mapColors.brand} />
      <rect x={0} y={10} width={220} height={4} fill={mapColors.accent} />
      <MapText
        x={grid.margin}
        y={66}
        text={title.name}
        size={32}
        bold
        width={nameWidth}
        fill={mapColors.brand}
      />
      <MapText
        x={grid.margin}
        y={98}
        text={byline}
        size={18}
        width={nameWidth}
        fill={mapColors.muted}
      />
      <text x={right} y={62} textAnchor="end" fontSize={18} fontWeight={700} fill={mapColors.ink}>
        {t('stages.strategy-map.title')}
      </text>
      <text x={right} y={88} textAnchor="end" fontSize={15} fill={mapColors.muted}>
        {title.workshopDate
          ? t('strategyMap.map.workshop', { date: format.date(title.workshopDate) })
          : t('strategyMap.map.asOf', { date: format.date(today) })}
      </text>
      {title.workshopDate ? (
        <text x={right} y={110} textAnchor="end" fontSize={15} fill={mapColors.muted}>
          {t('strategyMap.map.asOf', { date: format.date(today) })}
        </text>
      ) : null}
      <line
        x1={grid.margin}
        x2={right}
        y1={124}
        y2={124}
        stroke={mapColors.line}
        strokeWidth={1.5}
      />
    </g>
  );
}

/** The footer: where the map comes from, and what it is a map of. */
export function MapFooter({
  name,
  layout,
  format,
}: {
  name: string;
  layout: MapLayout;
  format: MapFormat;
}) {
  const { size, grid } = layout;
  const y = size.height - 22;
  return (
    <g fontSize={14} fill={mapColors.muted}>
      <line
        x1={grid.margin}
        x2={size.width - grid.margin}
        y1={y - 20}
        y2={y - 20}
        stroke={mapColors.line}
      />
      <text x={grid.margin} y={y} fontWeight={700} fill={mapColors.brand}>
        {format.t('strategyMap.map.footer')}
      </text>
      <MapText
        x={size.width - grid.margin}
        y={y}
        textAnchor="end"
        text={name}
        size={14}
        width={size.width - 714}
        fill={mapColors.muted}
      />
    </g>
  );
}
