import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { placeLabels } from '../../../lib/label-placement';
import { estimateTextWidth } from '../../../lib/text-width';
import type { PositionPoint } from '../model/scoring';

/** Where the chart draws its reference lines (starting-point-charts.tsx). */
export const middleScore = 3;

export interface PositionLabelsProps {
  points: readonly PositionPoint[];
  /** Room to the right of the plot that names may use (the chart's right margin). */
  rightRoom: number;
  /** The competitors' names in px (the own company's one larger); 13 on screen. */
  textSize?: number;
}

/**
 * The positioning chart's names, drawn inside the chart: recharts' own labels sit at a fixed
 * side of each point, so companies with equal or near scores wrote their names on top of each
 * other. Here every name gets a free place, with a leader line when it stands away.
 */
export function PositionLabels({ points, rightRoom, textSize = 13 }: PositionLabelsProps) {
  const otherSize = textSize;
  const ownSize = textSize + 1;
  const labelHeight = Math.round(textSize * 1.3);
  /** From the top of a label's box to its baseline. */
  const baseline = textSize;
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  // The own company first: it keeps the place nearest its point.
  const ordered = [...points].sort((a, b) => Number(b.isOwn) - Number(a.isOwn));
  // The chart's middle lines (score 3 on each axis), which would strike a name through.
  const middleX = x(middleScore) ?? area.x;
  const middleY = y(middleScore) ?? area.y;
  const middleLines = [
    { left: middleX - 2, right: middleX + 2, top: area.y, bottom: area.y + area.height },
    { left: area.x, right: area.x + area.width, top: middleY - 2, bottom: middleY + 2 },
  ];
  const placed = placeLabels(
    ordered.map((point) => ({
      id: point.subjectId,
      x: x(point.digital) ?? area.x,
      y: y(point.culture) ?? area.y,
      radius: point.isOwn ? 8 : 6,
      labelWidth: point.isOwn
        ? estimateTextWidth(point.name, ownSize, true)
        : estimateTextWidth(point.name, otherSize),
      labelHeight,
    })),
    {
      left: area.x,
      top: area.y,
      right: area.x + area.width + rightRoom,
      bottom: area.y + area.height,
    },
    { spreadPoints: false, avoid: middleLines },
  );
  return (
    <g className="position-labels">
      {placed.map((label, index) => {
        const point = ordered[index]!;
        return (
          <g key={label.id}>
            {label.leader ? (
              <line
                x1={label.leader.x1}
                y1={label.leader.y1}
                x2={label.leader.x2}
                y2={label.leader.y2}
                stroke="#4a5866"
                strokeWidth={1}
              />
            ) : null}
            <text
              data-point-label={point.name}
              x={label.label.left}
              y={label.label.top + baseline}
              fontSize={point.isOwn ? ownSize : otherSize}
              fontWeight={point.isOwn ? 700 : 400}
              fill={point.isOwn ? '#7a4900' : '#17212b'}
              stroke="#fff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {point.name}
            </text>
          </g>
        );
      })}
    </g>
  );
}
