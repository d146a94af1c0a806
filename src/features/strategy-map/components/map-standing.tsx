import type { Theme } from '../../starting-point';
import type { StrategyMapModel } from '../model/summarize-map';
import { truncateText } from '../model/text-wrap';
import { MapText, SectionTitle } from './map-primitives';
import { mapColors, mapGrid } from './map-theme';
import type { MapFormat } from './use-map-format';

const plot = { left: mapGrid.stand.x + 46, top: 214, size: 236 };
const scale = (value: number) => ((value - 1) / 4) * plot.size;
const themesShown: Theme[] = ['digital', 'culture'];

/** WHERE WE STAND: the positioning chart and the own company against the best competitor. */
export function MapStanding({
  standing,
  format,
}: {
  standing: StrategyMapModel['standing'];
  format: MapFormat;
}) {
  const { t } = format;
  const { x, width } = mapGrid.stand;
  const top = mapGrid.bodyTop;
  if (standing.points.length === 0) {
    return (
      <MapText
        x={x}
        y={top + 24}
        text={t('strategyMap.map.empty', { stage: t('stages.starting-point.title') })}
        size={15}
        width={width}
        maxLines={3}
        fill={mapColors.muted}
      />
    );
  }
  const bestId =
    standing.summary.digital.best?.subjectId ?? standing.summary.culture.best?.subjectId;
  const px = (value: number) => plot.left + scale(value);
  const py = (value: number) => plot.top + plot.size - scale(value);
  const others = standing.points.filter((point) => !point.isOwn);
  const own = standing.points.find((point) => point.isOwn);
  const best = others.find((point) => point.subjectId === bestId);
  const label = (point: { digital: number; culture: number }, text: string, below: boolean) => {
    const onRight = px(point.digital) < plot.left + plot.size * 0.6;
    return (
      <text
        x={px(point.digital) + (onRight ? 12 : -12)}
        y={py(point.culture) + (below ? 5 : 5)}
        stroke={mapColors.white}
        strokeWidth={4}
        paintOrder="stroke"
        textAnchor={onRight ? 'start' : 'end'}
        fontSize={14}
        fontWeight={700}
        fill={text === standing.ownName ? mapColors.accent : mapColors.muted}
      >
        {truncateText(text, { maxWidth: 150, fontSize: 14, bold: true })}
      </text>
    );
  };
  const tableTop = plot.top + plot.size + 70;
  const gapText = (gap: number | null) =>
    gap === null ? '–' : `${gap > 0 ? '+' : gap < 0 ? '−' : '±'}${format.score(Math.abs(gap))}`;
  return (
    <g>
      <SectionTitle x={x} y={top + 6} label={`↑ ${t('strategyMap.map.standing.axisCulture')}`} />
      <rect
        x={plot.left}
        y={plot.top}
        width={plot.size}
        height={plot.size}
        fill={mapColors.panel}
      />
      {[1, 2, 3, 4, 5].map((tick) => (
        <g key={tick} fontSize={13} fill={mapColors.muted}>
          <line
            x1={px(tick)}
            x2={px(tick)}
            y1={plot.top}
            y2={plot.top + plot.size}
            stroke={mapColors.line}
            strokeWidth={tick === 3 ? 1.5 : 0.75}
          />
          <line
            x1={plot.left}
            x2={plot.left + plot.size}
            y1={py(tick)}
            y2={py(tick)}
            stroke={mapColors.line}
            strokeWidth={tick === 3 ? 1.5 : 0.75}
          />
          <text x={px(tick)} y={plot.top + plot.size + 18} textAnchor="middle">
            {tick}
          </text>
          <text x={plot.left - 10} y={py(tick) + 5} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      <text
        x={plot.left + plot.size}
        y={plot.top + plot.size + 42}
        textAnchor="end"
        fontSize={15}
        fontWeight={700}
        fill={mapColors.brand}
      >
        {`${t('strategyMap.map.standing.axisDigital')} →`}
      </text>
      {others.map((point) => (
        <circle
          key={point.subjectId}
          cx={px(point.digital)}
          cy={py(point.culture)}
          r={6}
          fill={mapColors.competitor}
          stroke={mapColors.white}
          strokeWidth={1.5}
        />
      ))}
      {best ? label(best, best.name, true) : null}
      {own ? (
        <g>
          <circle
            cx={px(own.digital)}
            cy={py(own.culture)}
            r={10}
            fill={mapColors.accent}
            stroke={mapColors.white}
            strokeWidth={2}
          />
          {label(own, standing.ownName, false)}
        </g>
      ) : null}
      <g fontSize={15} fill={mapColors.ink}>
        <text x={x + 186} y={tableTop} fontWeight={700} textAnchor="end" fill={mapColors.accent}>
          {t('strategyMap.map.standing.us')}
        </text>
        <text x={x + 256} y={tableTop} fontWeight={700} textAnchor="end" fill={mapColors.muted}>
          {t('strategyMap.map.standing.best')}
        </text>
        <text x={x + width} y={tableTop} fontWeight={700} textAnchor="end" fill={mapColors.muted}>
          {t('strategyMap.map.standing.gap')}
        </text>
        {themesShown.map((theme, index) => {
          const row = standing.summary[theme];
          const y = tableTop + 28 + index * 28;
          return (
            <g key={theme}>
              <line x1={x} x2={x + width} y1={y - 20} y2={y - 20} stroke={mapColors.line} />
              <MapText
                x={x}
                y={y}
                text={t(`startingPoint.themesShort.${theme}`)}
                size={15}
                width={150}
              />
              <text x={x + 186} y={y} textAnchor="end" fontWeight={700}>
                {row.own === null ? '–' : format.score(row.own)}
              </text>
              <text x={x + 256} y={y} textAnchor="end">
                {row.best ? format.score(row.best.mean) : '–'}
              </text>
              <text x={x + width} y={y} textAnchor="end" fontWeight={700}>
                {gapText(row.gapToBest)}
              </text>
            </g>
          );
        })}
      </g>
      {best ? (
        <MapText
          x={x}
          y={tableTop + 96}
          text={t('strategyMap.map.standing.bestCompetitor', { name: best.name })}
          size={14}
          width={width}
          maxLines={2}
          fill={mapColors.muted}
        />
      ) : null}
      <g fontSize={14} fill={mapColors.ink}>
        <circle cx={x + 8} cy={tableTop + 136} r={7} fill={mapColors.accent} />
        <MapText
          x={x + 22}
          y={tableTop + 141}
          text={standing.ownName}
          size={14}
          width={width - 22}
        />
        <circle cx={x + 8} cy={tableTop + 162} r={5} fill={mapColors.competitor} />
        <text x={x + 22} y={tableTop + 167}>
          {t('strategyMap.map.standing.others')}
        </text>
      </g>
    </g>
  );
}
