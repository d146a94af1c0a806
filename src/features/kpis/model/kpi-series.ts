import { dayNumber } from '../../../lib/calendar';
import { downsample, pointLimit } from './downsample';
import type { Kpi, Measurement } from './kpi';
import { pathStart } from './kpi-status';

/** One point of the detail chart: x is the day number, so time is spaced truly. */
export interface SeriesPoint {
  x: number;
  y: number;
  date: string;
}

export interface KpiSeries {
  actuals: SeriesPoint[];
  /** Baseline to target, a straight line (empty without a full plan). */
  path: SeriesPoint[];
  targetDate: string | null;
  /** How many values there are before downsampling, for the text alternative. */
  total: number;
}

/**
 * The detail chart's numbers: the actuals (sorted by date) reduced to what `widthPx` pixels can
 * show, and the planned path. Pure, so the chart only draws.
 */
export function kpiSeries(
  kpi: Pick<Kpi, 'baseline' | 'baselineDate' | 'target' | 'targetDate' | 'createdAt'>,
  measurements: readonly Pick<Measurement, 'date' | 'value'>[],
  widthPx: number,
): KpiSeries {
  const sorted = [...measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const points = sorted.map(({ date, value }) => ({ x: dayNumber(date), y: value, date }));
  const hasPath = kpi.baseline !== null && kpi.target !== null && kpi.targetDate !== null;
  const start = pathStart(kpi);
  const path =
    hasPath && kpi.targetDate! > start
      ? [
          { x: dayNumber(start), y: kpi.baseline!, date: start },
          { x: dayNumber(kpi.targetDate!), y: kpi.target!, date: kpi.targetDate! },
        ]
      : [];
  return {
    actuals: downsample(points, pointLimit(widthPx)),
    path,
    targetDate: kpi.targetDate,
    total: points.length,
  };
}

/**
 * A sparkline in a `width` x `height` box: the polyline `points` of values in date order, and
 * where a target sits on the same scale (the scale stretches to include it).
 */
export function sparkline(
  values: readonly number[],
  width: number,
  height: number,
  target: number | null = null,
): { points: string; targetY: number | null } {
  if (values.length === 0) return { points: '', targetY: null };
  const range = target === null ? values : [...values, target];
  const min = Math.min(...range);
  const max = Math.max(...range);
  const y = (value: number) =>
    max === min ? height / 2 : height - ((value - min) / (max - min)) * height;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values
    .map((value, index) => {
      const x = values.length > 1 ? index * step : width / 2;
      return `${x.toFixed(1)},${y(value).toFixed(1)}`;
    })
    .join(' ');
  return { points, targetY: target === null ? null : Number(y(target).toFixed(1)) };
}
