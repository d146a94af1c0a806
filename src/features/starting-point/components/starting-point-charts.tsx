import { memo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { roomChartTextSize, useIsPresenting } from '../../../components/ui/use-presenting-class';
import { WhenVisible } from '../../../components/ui/when-visible';
import { formatNumber } from '../../../core/numbers';
import type { PositionPoint } from '../model/scoring';
import { middleScore, PositionLabels } from './position-labels';

// The own company has the same accent in every chart; competitors a calm blue-grey.
const ownColour = '#b86e00';
const competitorColour = '#4f6d85';
const cultureColour = '#9bb3c7';
/** One bar per theme; the own company's bar takes the accent, lighter for the second theme. */
const barThemes = [
  { theme: 'digital', colour: competitorColour, ownShade: ownColour },
  { theme: 'culture', colour: cultureColour, ownShade: '#e3a94f' },
] as const;
/** The right margin leaves room for names of points near the right edge. */
const positioningMargin = { top: 16, right: 110, bottom: 32, left: 8 };
/** Presenting: the names are larger, so they need more room on the right. */
const roomPositioningMargin = { ...positioningMargin, right: 170, bottom: 40 };

export interface StartingPointChartsProps {
  points: readonly PositionPoint[];
  /** Mean per subject and theme (null when not scored), in subject order. */
  bars: readonly { name: string; isOwn: boolean; digital: number | null; culture: number | null }[];
}

/** Charts only draw: every number comes from the pure functions in model/scoring.ts. */
export const StartingPointCharts = memo(function StartingPointCharts({
  points,
  bars,
}: StartingPointChartsProps) {
  const { t, i18n } = useTranslation();
  const score = (value: unknown) =>
    typeof value === 'number' ? formatNumber(value, i18n.language, 'score') : String(value);
  const isPresenting = useIsPresenting();
  const margin = isPresenting ? roomPositioningMargin : positioningMargin;
  // The names on the bars are measured and wrapped by recharts: it must know their size.
  const barNames = isPresenting
    ? { size: roomChartTextSize, width: 210, row: 56 }
    : { size: 13, width: 150, row: 36 };
  const positioningHeight = isPresenting ? 460 : 340;
  const comparisonHeight = Math.max(240, barNames.row * bars.length + 80);
  const own = points.filter((point) => point.isOwn);
  const competitors = points.filter((point) => !point.isOwn);
  return (
    <div className="charts">
      <figure className="chart">
        <figcaption>{t('startingPoint.positioningTitle')}</figcaption>
        <p className="visually-hidden">{t('startingPoint.positioningSummary')}</p>
        {/* Each chart is drawn once near the screen: below the intro on a phone, the second
            one below the fold on a projector. */}
        <WhenVisible minHeight={positioningHeight}>
          <ResponsiveContainer width="100%" height={positioningHeight}>
            <ScatterChart margin={margin}>
              <CartesianGrid strokeDasharray="2 4" />
              {/* interval 0 on every axis here: each tick and name is drawn, so recharts need
                  not measure the labels in the page to choose which ones fit. */}
              <XAxis
                type="number"
                dataKey="digital"
                domain={[1, 5]}
                ticks={[1, 2, 3, 4, 5]}
                interval={0}
                name={t('startingPoint.axisDigital')}
                label={{ value: t('startingPoint.axisDigital'), position: 'bottom', offset: 12 }}
              />
              <YAxis
                type="number"
                dataKey="culture"
                domain={[1, 5]}
                ticks={[1, 2, 3, 4, 5]}
                interval={0}
                name={t('startingPoint.axisCulture')}
                label={{
                  value: t('startingPoint.axisCulture'),
                  angle: -90,
                  position: 'insideLeft',
                  offset: 12,
                  style: { textAnchor: 'middle' },
                }}
              />
              <ReferenceLine x={middleScore} stroke="#6b7785" strokeWidth={1.5} />
              <ReferenceLine y={middleScore} stroke="#6b7785" strokeWidth={1.5} />
              <Tooltip cursor={false} formatter={score} />
              <Scatter
                data={competitors}
                fill={competitorColour}
                isAnimationActive={false}
                name={t('startingPoint.bestCompetitor')}
              />
              <Scatter
                data={own}
                fill={ownColour}
                shape="diamond"
                isAnimationActive={false}
                name={t('startingPoint.own')}
              />
              <PositionLabels
                points={points}
                rightRoom={margin.right - 4}
                textSize={isPresenting ? roomChartTextSize : undefined}
              />
            </ScatterChart>
          </ResponsiveContainer>
        </WhenVisible>
      </figure>
      <figure className="chart">
        <figcaption>{t('startingPoint.comparisonTitle')}</figcaption>
        <WhenVisible minHeight={comparisonHeight}>
          <ResponsiveContainer width="100%" height={comparisonHeight}>
            <BarChart
              data={[...bars]}
              layout="vertical"
              margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
            >
              <CartesianGrid strokeDasharray="2 4" horizontal={false} />
              <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} interval={0} />
              <YAxis
                type="category"
                dataKey="name"
                interval={0}
                width={barNames.width}
                tick={{ fontSize: barNames.size }}
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
        </WhenVisible>
      </figure>
    </div>
  );
});
