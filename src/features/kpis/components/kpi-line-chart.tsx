import { useTranslation } from '../../../components/ui/translation';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { roomChartTextSize, useIsPresenting } from '../../../components/ui/use-presenting-class';
import { dayNumber } from '../../../lib/calendar';
import type { KpiSeries } from '../model/kpi-series';
import { valueAxisWidth, valueTicks } from '../model/value-axis';

export interface KpiLineChartProps {
  series: KpiSeries;
  width: number;
  height: number;
  formatValue: (value: number) => string;
  formatDate: (date: string) => string;
}

const dateOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * Only draws: the actuals (already cut to the width) and the straight path from baseline to
 * target, on a true time axis, with the target date marked. The own KPI keeps the accent colour.
 */
export default function KpiLineChart({
  series,
  width,
  height,
  formatValue,
  formatDate,
}: KpiLineChartProps) {
  const { t } = useTranslation();
  // The value axis is as wide as its longest label at the size it is drawn.
  const isPresenting = useIsPresenting();
  const tickFontSize = isPresenting ? roomChartTextSize : 14;
  const targetDay = series.targetDate ? dayNumber(series.targetDate) : null;
  const ticks = valueTicks([...series.actuals, ...series.path].map((point) => point.y));
  const axisWidth = valueAxisWidth(ticks.map(formatValue), tickFontSize, Math.round(width / 3));
  return (
    <LineChart width={width} height={height} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="2 4" />
      <XAxis
        type="number"
        dataKey="x"
        domain={['dataMin', 'dataMax']}
        scale="time"
        tickFormatter={(day: number) => formatDate(dateOfDay(day))}
        tick={{ fontSize: tickFontSize }}
        minTickGap={isPresenting ? 40 : 24}
      />
      <YAxis
        type="number"
        domain={[ticks[0] ?? 0, ticks.at(-1) ?? 1]}
        ticks={ticks}
        interval={0}
        tickFormatter={(value: number) => formatValue(value)}
        // Drawn as one plain line: the library's own tick wraps "31,700 calls/month" in two,
        // into the date labels below, whenever its measure of the text disagrees with ours.
        tick={({ x, y, payload }: YAxisTickContentProps) => (
          <text x={x} y={y} dy="0.35em" textAnchor="end" fontSize={tickFontSize} fill="#4a5866">
            {formatValue(Number(payload.value))}
          </text>
        )}
        width={axisWidth}
      />
      <Legend />
      {series.path.length > 0 ? (
        <Line
          data={series.path}
          dataKey="y"
          name={t('kpis.chart.path')}
          stroke="#4a5866"
          strokeDasharray="6 4"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      ) : null}
      <Line
        data={series.actuals}
        dataKey="y"
        name={t('kpis.chart.actual')}
        className="kpi-actual-line"
        stroke="#b86e00"
        strokeWidth={3}
        dot={series.actuals.length <= 60 ? { r: 3 } : false}
        isAnimationActive={false}
      />
      {targetDay !== null ? (
        <ReferenceLine
          x={targetDay}
          stroke="#0f3d5e"
          strokeWidth={2}
          label={{ value: t('kpis.chart.targetDate'), position: 'insideTopRight', fontSize: 14 }}
        />
      ) : null}
    </LineChart>
  );
}
