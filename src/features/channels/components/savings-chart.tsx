import { useTranslation } from '../../../components/ui/translation';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { roomChartTextSize, useIsPresenting } from '../../../components/ui/use-presenting-class';
import { savingsChartHeight } from './chart-heights';

export interface SavingsChartProps {
  /** Monthly cost per channel, before and after the plan. */
  bars: readonly { name: string; before: number; after: number }[];
  format: (value: number) => string;
}

/** Only draws: the numbers come from computeSavings, and the table beside it shows them all. */
export default function SavingsChart({ bars, format }: SavingsChartProps) {
  const { t } = useTranslation();
  const isPresenting = useIsPresenting();
  return (
    <ResponsiveContainer width="100%" height={savingsChartHeight(bars.length, isPresenting)}>
      <BarChart
        data={[...bars]}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="2 4" horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={(value: number) => format(value)}
          // recharts drops the ticks that would overlap, measured at the size they are drawn.
          tick={isPresenting ? { fontSize: roomChartTextSize } : true}
          minTickGap={isPresenting ? 16 : 5}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={isPresenting ? 230 : 170}
          tick={{ fontSize: isPresenting ? roomChartTextSize : 14 }}
          // Every channel named: recharts would drop the names it finds crowded.
          interval={0}
        />
        <Tooltip
          formatter={(value) => (typeof value === 'number' ? format(value) : String(value))}
        />
        <Legend itemSorter={null} />
        <Bar dataKey="before" name={t('savings.before')} fill="#9bb3c7" isAnimationActive={false} />
        <Bar dataKey="after" name={t('savings.after')} fill="#0f3d5e" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
