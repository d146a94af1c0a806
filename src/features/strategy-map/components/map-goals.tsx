import type { StrategyMapModel } from '../model/summarize-map';
import { estimateTextWidth, truncateText, wrapText } from '../../../lib/text-wrap';
import { MapText } from './map-primitives';
import { mapColors, type MapLayout } from './map-theme';
import type { MapFormat } from './use-map-format';

const gap = 10;

/** WHERE WE GO: the goals in the largest type, each with target, deadline and benefit. */
export function MapGoals({
  goals,
  layout,
  format,
}: {
  goals: StrategyMapModel['goals'];
  layout: MapLayout;
  format: MapFormat;
}) {
  const { t } = format;
  const { grid } = layout;
  const { x, width } = grid.go;
  const top = grid.bodyTop;
  const available = grid.bodyBottom - top - (goals.more > 0 ? 22 : 0);
  const count = goals.items.length;
  if (count === 0) {
    return (
      <MapText
        x={x}
        y={top + 24}
        text={t('strategyMap.map.empty', { stage: t('stages.goals.title') })}
        size={15}
        width={width}
        maxLines={3}
        fill={mapColors.muted}
      />
    );
  }
  const height = Math.min(168, (available - (count - 1) * gap) / count);
  const inner = width - 26;
  return (
    <g>
      {goals.items.map((goal, index) => {
        const y0 = top + index * (height + gap);
        const maxTitleLines = height >= 120 ? 2 : 1;
        const titleLines = wrapText(goal.title, {
          maxWidth: inner,
          fontSize: 17,
          bold: true,
          maxLines: maxTitleLines,
        }).length;
        const targetY = y0 + 24 + (titleLines - 1) * 19.5 + 34;
        const details = [
          goal.baseline !== null
            ? t('strategyMap.map.goals.from', { value: format.amount(goal.baseline, goal.unit) })
            : '',
          goal.deadline
            ? t('strategyMap.map.goals.by', { date: format.date(goal.deadline) })
            : t('strategyMap.map.goals.noDeadline'),
        ]
          .filter(Boolean)
          .join('  ·  ');
        const benefitTop = targetY + 40;
        const dotsLabel =
          goal.dots > 0 ? t('strategyMap.map.goals.dots', { count: goal.dots }) : null;
        const dotsWidth = dotsLabel === null ? 0 : estimateTextWidth(dotsLabel, 15, true) + 12;
        const benefitLines = Math.floor((y0 + height - 6 - benefitTop) / 15.6) + 1;
        return (
          <g key={goal.id}>
            <rect x={x} y={y0} width={width} height={height} fill={mapColors.panel} />
            <rect x={x} y={y0} width={6} height={height} fill={mapColors.brand} />
            <MapText
              x={x + 18}
              y={y0 + 24}
              text={goal.title}
              size={17}
              bold
              width={inner}
              maxLines={maxTitleLines}
              lineHeight={1.15}
            />
            {goal.target !== null ? (
              <text x={x + 18} y={targetY} fill={mapColors.brand} fontWeight={700}>
                <tspan fontSize={28}>{`${format.number(goal.target)} `}</tspan>
                <tspan fontSize={16} dx={2}>
                  {truncateText(goal.unit, {
                    // The room's dots sit at the end of this line when it voted.
                    maxWidth: inner - 120 - dotsWidth,
                    fontSize: 16,
                    bold: true,
                  })}
                </tspan>
              </text>
            ) : (
              <text x={x + 18} y={targetY} fontSize={18} fontWeight={700} fill={mapColors.muted}>
                {t('strategyMap.map.goals.noTarget')}
              </text>
            )}
            {dotsLabel !== null ? (
              // The room's vote, beside the target where the unit leaves room for it.
              <text
                x={x + width - 12}
                y={targetY}
                textAnchor="end"
                fontSize={15}
                fontWeight={700}
                fill={mapColors.brand}
              >
                {dotsLabel}
              </text>
            ) : null}
            <MapText
              x={x + 18}
              y={targetY + 20}
              text={details}
              size={14}
              width={inner}
              fill={mapColors.ink}
            />
            {benefitLines > 0 ? (
              <MapText
                x={x + 18}
                y={benefitTop}
                text={goal.benefit}
                size={13}
                width={inner}
                maxLines={benefitLines}
                lineHeight={1.2}
                fill={mapColors.muted}
                fontStyle="italic"
              />
            ) : null}
          </g>
        );
      })}
      {goals.more > 0 ? (
        <text
          x={x + width}
          y={grid.bodyBottom - 4}
          textAnchor="end"
          fontSize={14}
          fill={mapColors.muted}
        >
          {t('strategyMap.map.more', { count: goals.more })}
        </text>
      ) : null}
    </g>
  );
}
