import { sparkline } from '../model/kpi-series';

export interface KpiSparklineProps {
  values: readonly number[];
  /** Drawn as a dashed line, on the same scale as the values. */
  target: number | null;
}

const width = 140;
const height = 36;

/**
 * A card's trend as a tiny inline SVG polyline. With 150 cards on screen, one recharts chart
 * each would mean 150 React trees of axes, layers and measurements; a polyline from pure numbers
 * costs one element and draws in well under a millisecond.
 */
export function KpiSparkline({ values, target }: KpiSparklineProps) {
  if (values.length < 2) return null;
  const { points, targetY } = sparkline(values, width, height, target);
  return (
    <svg
      className="kpi-sparkline"
      viewBox={`-2 -2 ${width + 4} ${height + 4}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      {targetY !== null ? (
        <line className="kpi-sparkline-target" x1={0} x2={width} y1={targetY} y2={targetY} />
      ) : null}
      <polyline className="kpi-sparkline-line" points={points} />
    </svg>
  );
}
