import type { PositionPoint, Theme } from '../../starting-point';
import { placeLabels } from '../../../lib/label-placement';
import type { StrategyMapModel } from '../model/summarize-map';
import { estimateTextWidth, truncateText } from '../../../lib/text-wrap';
import { lineCount, MapText, SectionTitle } from './map-primitives';
import { mapColors, type MapLayout } from './map-theme';
import type { MapFormat } from './use-map-format';

interface Plot {
  left: number;
  top: number;
  size: number;
  /** How far right a point's name may reach: the column's edge. */
  right: number;
  labelWidth: number;
}
const scale = (plot: Plot, value: number) => ((value - 1) / 4) * plot.size;
const themesShown: Theme[] = ['digital', 'culture'];

/** WHERE WE STAND: the positioning chart and the own company against the best competitor. */
export function MapStanding({
  standing,
  layout,
  format,
}: {
  standing: StrategyMapModel['standing'];
  layout: MapLayout;
  format: MapFormat;
}) {
  const { t } = format;
  const { x, width } = layout.grid.stand;
  const top = layout.grid.bodyTop;
  const plot: Plot = {
    left: x + 46,
    top: 214,
    size: layout.plotSize,
    right: x + width,
    labelWidth: layout.pointLabelWidth,
  };
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
  const px = (value: number) => plot.left + scale(plot, value);
  const py = (value: number) => plot.top + plot.size - scale(plot, value);
  const placed = placeStandingLabels(standing, plot);
  const bestLines = bestCompetitorLines(standing.summary, format);
  const tableTop = plot.top + plot.size + 70;
  const legendTop = tableTop + 96 + linesHeight(bestLines, width) + (bestLines.length > 0 ? 22 : 4);
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
      {placed.map((point) => (
        <g key={point.id}>
          {point.leader ? (
            <line
              x1={point.leader.x1}
              y1={point.leader.y1}
              x2={point.leader.x2}
              y2={point.leader.y2}
              stroke={mapColors.muted}
              strokeWidth={1}
            />
          ) : null}
          <circle
            data-point={point.name}
            cx={point.x}
            cy={point.y}
            r={point.radius}
            fill={point.isOwn ? mapColors.accent : mapColors.competitor}
            stroke={mapColors.white}
            strokeWidth={point.isOwn ? 2 : 1.5}
          />
        </g>
      ))}
      {placed.map((point) => (
        <text
          key={point.id}
          data-point-label={point.name}
          x={point.label.left}
          y={point.label.top + labelBaseline}
          stroke={mapColors.white}
          strokeWidth={4}
          paintOrder="stroke"
          fontSize={labelSize}
          fontWeight={point.isOwn || point.isLeader ? 700 : 400}
          fill={point.isOwn ? mapColors.accent : mapColors.muted}
        >
          {point.text}
        </text>
      ))}
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
      {bestLines.map((line, index) => (
        <MapText
          key={line}
          x={x}
          y={tableTop + 96 + linesHeight(bestLines.slice(0, index), width)}
          text={line}
          size={14}
          width={width}
          maxLines={2}
          fill={mapColors.muted}
        />
      ))}
      <g fontSize={14} fill={mapColors.ink}>
        <circle cx={x + 8} cy={legendTop} r={7} fill={mapColors.accent} />
        <MapText
          x={x + 22}
          y={legendTop + 5}
          text={standing.ownName}
          size={14}
          width={width - 22}
        />
        <circle cx={x + 8} cy={legendTop + 26} r={5} fill={mapColors.competitor} />
        <text x={x + 22} y={legendTop + 31}>
          {t('strategyMap.map.standing.others')}
        </text>
      </g>
    </g>
  );
}

const labelSize = 14;
const labelHeight = 17;
/** From the top of a label's box to its baseline, for Arial-metric fonts at `labelSize`. */
const labelBaseline = 13.5;
const bestLineHeight = 18;

function linesHeight(lines: readonly string[], width: number): number {
  return lines.reduce((sum, line) => sum + lineCount(line, 14, width, 2) * bestLineHeight, 0);
}

/**
 * Every point of the chart with its name, the own company first so it keeps the nearest place;
 * then the best competitors, then the rest, in the order the room listed them.
 */
function placeStandingLabels(standing: StrategyMapModel['standing'], plot: Plot) {
  const { summary, ownName } = standing;
  const leaderIds = new Set(
    themesShown.flatMap((theme) => summary[theme].leaders.map((leader) => leader.subjectId)),
  );
  const rank = (point: PositionPoint) => (point.isOwn ? 0 : leaderIds.has(point.subjectId) ? 1 : 2);
  const ordered = [...standing.points].sort((a, b) => rank(a) - rank(b));
  const texts = ordered.map((point) => {
    const isLeader = leaderIds.has(point.subjectId);
    const bold = point.isOwn || isLeader;
    const text = truncateText(point.isOwn ? ownName : point.name, {
      maxWidth: plot.labelWidth,
      fontSize: labelSize,
      bold,
    });
    return { text, isLeader, width: estimateTextWidth(text, labelSize, bold) };
  });
  const placed = placeLabels(
    ordered.map((point, index) => ({
      id: point.subjectId,
      x: plot.left + scale(plot, point.digital),
      y: plot.top + plot.size - scale(plot, point.culture),
      radius: point.isOwn ? 10 : 6,
      labelWidth: texts[index]!.width,
      labelHeight,
    })),
    {
      left: plot.left,
      top: plot.top,
      right: plot.right,
      bottom: plot.top + plot.size,
    },
  );
  return placed.map((point, index) => ({
    ...point,
    name: ordered[index]!.name,
    isOwn: ordered[index]!.isOwn,
    isLeader: texts[index]!.isLeader,
    text: texts[index]!.text,
  }));
}

/**
 * Who is best, naming every competitor that ties: one line when the same competitors lead both
 * themes, one per theme when they differ.
 */
function bestCompetitorLines(summary: StrategyMapModel['standing']['summary'], format: MapFormat) {
  const { t, language } = format;
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  const names = (theme: Theme) => summary[theme].leaders.map((leader) => leader.name);
  const [digital, culture] = [names('digital'), names('culture')];
  if (digital.length === 0 && culture.length === 0) return [];
  const same =
    digital.length === culture.length && digital.every((name, index) => culture[index] === name);
  if (same) {
    return [
      digital.length === 1
        ? t('strategyMap.map.standing.bestCompetitor', { name: list.format(digital) })
        : t('strategyMap.map.standing.bestCompetitorsTied', { names: list.format(digital) }),
    ];
  }
  return themesShown.flatMap((theme) =>
    names(theme).length === 0
      ? []
      : [t(`strategyMap.map.standing.bestOn.${theme}`, { names: list.format(names(theme)) })],
  );
}
