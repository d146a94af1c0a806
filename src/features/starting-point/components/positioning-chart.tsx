import { memo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { roomChartTextSize, useIsPresenting } from '../../../components/ui/use-presenting-class';
import { placeLabels } from '../../../lib/label-placement';
import { estimateTextWidth } from '../../../lib/text-width';
import type { PositionPoint } from '../model/scoring';
import { chartColours } from './chart-colours';
import { BottomAxis, MeasuredDrawing, useScoresTitle } from './chart-parts';

/** Where the middle lines cross: the four quadrants meet at a score of 3. */
export const middleScore = 3;
const ticks = [1, 2, 3, 4, 5];

/**
 * The drawing's sizes in px, on screen and in presenting mode: the companies' names (`text`), the
 * ticks and axis names (`axisText`) and the margins. The right margin leaves room for the names
 * of points near the right edge; on the left stand the ticks and the axis name.
 */
const layouts = {
  screen: { height: 340, text: 13, axisText: 16, top: 16, right: 110, bottom: 62, left: 68 },
  room: {
    height: 460,
    text: roomChartTextSize,
    axisText: roomChartTextSize,
    top: 16,
    right: 170,
    bottom: 76,
    left: 84,
  },
};
const middleColour = '#6b7785';

export interface PositioningChartProps {
  points: readonly PositionPoint[];
}

/**
 * Every subject placed by its mean scores: digital competence across, service culture up, the
 * lines at 3 dividing the quadrants. Drawn as plain SVG, as the strategy map draws the same chart:
 * it is a few dozen shapes, and a charting library took 40-110 ms of one task to lay them out
 * when the stage opened. The numbers are in the table beside it; the drawing is hidden from
 * screen readers, and pointing at a point shows its scores.
 */
export const PositioningChart = memo(function PositioningChart({ points }: PositioningChartProps) {
  const { t } = useTranslation();
  const layout = useIsPresenting() ? layouts.room : layouts.screen;
  return (
    <figure className="chart">
      <figcaption>{t('startingPoint.positioningTitle')}</figcaption>
      <p className="visually-hidden">{t('startingPoint.positioningSummary')}</p>
      <MeasuredDrawing height={layout.height} className="positioning-chart">
        {(width) => <Drawing points={points} width={width} layout={layout} />}
      </MeasuredDrawing>
    </figure>
  );
});

function Drawing({
  points,
  width,
  layout,
}: {
  points: readonly PositionPoint[];
  width: number;
  layout: (typeof layouts)[keyof typeof layouts];
}) {
  const { t } = useTranslation();
  const scoresTitle = useScoresTitle();
  const { height, text, axisText } = layout;
  const plot = {
    left: layout.left,
    top: layout.top,
    right: Math.max(layout.left + 40, width - layout.right),
    bottom: height - layout.bottom,
  };
  const x = (score: number) => plot.left + ((score - 1) / 4) * (plot.right - plot.left);
  const y = (score: number) => plot.bottom - ((score - 1) / 4) * (plot.bottom - plot.top);
  const labels = placeNames(points, plot, width - 4, text, { x, y });
  const middle = { x: plot.left + (plot.right - plot.left) / 2, y: (plot.top + plot.bottom) / 2 };
  return (
    <>
      <g stroke={chartColours.grid} strokeDasharray="2 4">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={plot.top} y2={plot.bottom} />
            <line x1={plot.left} x2={plot.right} y1={y(tick)} y2={y(tick)} />
          </g>
        ))}
      </g>
      <g stroke={middleColour} strokeWidth={1.5}>
        <line x1={x(middleScore)} x2={x(middleScore)} y1={plot.top} y2={plot.bottom} />
        <line x1={plot.left} x2={plot.right} y1={y(middleScore)} y2={y(middleScore)} />
      </g>
      <BottomAxis ticks={ticks} x={x} {...plot} textSize={axisText} />
      <g stroke={chartColours.tick}>
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
        {ticks.map((tick) => (
          <line key={tick} x1={plot.left - 6} x2={plot.left} y1={y(tick)} y2={y(tick)} />
        ))}
      </g>
      <g fill={chartColours.tick} fontSize={axisText}>
        {ticks.map((tick) => (
          <text key={tick} x={plot.left - 9} y={y(tick) + axisText * 0.35} textAnchor="end">
            {tick}
          </text>
        ))}
        <text x={middle.x} y={height - 8} textAnchor="middle">
          {t('startingPoint.axisDigital')}
        </text>
        <text
          x={8 + axisText}
          y={middle.y}
          textAnchor="middle"
          transform={`rotate(-90 ${8 + axisText} ${middle.y})`}
        >
          {t('startingPoint.axisCulture')}
        </text>
      </g>
      {points.map((point) => {
        const cx = x(point.digital);
        const cy = y(point.culture);
        return (
          <g key={point.subjectId} data-point={point.name}>
            <title>{scoresTitle(point.name, point.digital, point.culture)}</title>
            {point.isOwn ? (
              <path
                d={`M${cx} ${cy - 8}L${cx + 8} ${cy}L${cx} ${cy + 8}L${cx - 8} ${cy}Z`}
                fill={chartColours.own}
                stroke="#fff"
              />
            ) : (
              <circle cx={cx} cy={cy} r={5.5} fill={chartColours.competitor} stroke="#fff" />
            )}
          </g>
        );
      })}
      {labels.map(({ point, label, leader, size }) => (
        <g key={point.subjectId}>
          {leader ? (
            <line
              x1={leader.x1}
              y1={leader.y1}
              x2={leader.x2}
              y2={leader.y2}
              stroke="#4a5866"
              strokeWidth={1}
            />
          ) : null}
          <text
            data-point-label={point.name}
            x={label.left}
            y={label.top + size}
            fontSize={size}
            fontWeight={point.isOwn ? 700 : 400}
            fill={point.isOwn ? '#7a4900' : '#17212b'}
            stroke="#fff"
            strokeWidth={3}
            paintOrder="stroke"
          >
            {point.name}
          </text>
        </g>
      ))}
    </>
  );
}

/**
 * Every name in a free place beside its point, with a leader line when it stands away; the own
 * company first, so it keeps the nearest place. Names keep off the middle lines, which would
 * strike them through, when a place that near allows it.
 */
function placeNames(
  points: readonly PositionPoint[],
  plot: { left: number; top: number; right: number; bottom: number },
  rightEdge: number,
  textSize: number,
  scale: { x: (score: number) => number; y: (score: number) => number },
) {
  const ownSize = textSize + 1;
  const ordered = [...points].sort((a, b) => Number(b.isOwn) - Number(a.isOwn));
  const [middleX, middleY] = [scale.x(middleScore), scale.y(middleScore)];
  const middleLines = [
    { left: middleX - 2, right: middleX + 2, top: plot.top, bottom: plot.bottom },
    { left: plot.left, right: plot.right, top: middleY - 2, bottom: middleY + 2 },
  ];
  const placed = placeLabels(
    ordered.map((point) => ({
      id: point.subjectId,
      x: scale.x(point.digital),
      y: scale.y(point.culture),
      radius: point.isOwn ? 8 : 6,
      labelWidth: point.isOwn
        ? estimateTextWidth(point.name, ownSize, true)
        : estimateTextWidth(point.name, textSize),
      labelHeight: Math.round(textSize * 1.3),
    })),
    { left: plot.left, top: plot.top, right: rightEdge, bottom: plot.bottom },
    { spreadPoints: false, avoid: middleLines },
  );
  return placed.map((place, index) => {
    const point = ordered[index]!;
    return { ...place, point, size: point.isOwn ? ownSize : textSize };
  });
}
