import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from '../../../components/ui/translation';
import { formatNumber } from '../../../core/numbers';
import { chartColours } from './chart-colours';
import type { BarNames, ThemeBars } from './theme-bars-chart';

/** One bar per theme; the own company's bar takes the accent, lighter for the second theme. */
const barThemes = [
  { theme: 'digital', colour: chartColours.competitor, ownShade: chartColours.own },
  { theme: 'culture', colour: chartColours.competitorLight, ownShade: chartColours.ownLight },
] as const;

/** The bars themselves, drawn by recharts (the stage's heaviest code, loaded on its own). */
export function ThemeBarsDrawing({
  bars,
  names,
  height,
}: {
  bars: ThemeBars;
  names: BarNames;
  height: number;
}) {
  const { t, i18n } = useTranslation();
  const score = (value: unknown) =>
    typeof value === 'number' ? formatNumber(value, i18n.language, 'score') : String(value);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={[...bars]}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="2 4" horizontal={false} />
        {/* interval 0: every tick and name is drawn, so recharts need not measure the labels in
            the page to choose which ones fit. */}
        <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} interval={0} />
        <YAxis
          type="category"
          dataKey="name"
          interval={0}
          width={names.width}
          tick={{ fontSize: names.size }}
        />
        <Tooltip formatter={score} />
        <Legend />
        {barThemes.map(({ theme, colour, ownShade }) => (
          <Bar
            key={theme}
            dataKey={theme}
            name={t(`startingPoint.themesShort.${theme}`)}
            fill={colour}
            isAnimationActive={false}
          >
            {bars.map((bar) => (
              <Cell key={bar.name} fill={bar.isOwn ? ownShade : colour} />
            ))}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
