import { memo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { roomChartTextSize, useIsPresenting } from '../../../components/ui/use-presenting-class';
import { wrapText } from '../../../lib/text-wrap';
import type { Theme } from '../model/themes';
import { chartColours } from './chart-colours';
import { BottomAxis, MeasuredDrawing, useScoresTitle } from './chart-parts';

/** Mean per subject and theme (null when not scored), in subject order. */
export type ThemeBars = readonly {
  name: string;
  isOwn: boolean;
  digital: number | null;
  culture: number | null;
}[];

/** One bar per theme; the own company's bar takes the accent, lighter for the second theme. */
const barThemes: readonly { theme: Theme; colour: string; ownShade: string }[] = [
  { theme: 'digital', colour: chartColours.competitor, ownShade: chartColours.own },
  { theme: 'culture', colour: chartColours.competitorLight, ownShade: chartColours.ownLight },
];
const ticks = [0, 1, 2, 3, 4, 5];

/**
 * The names' size and column, each subject's row height and the ticks' size in px, on screen and
 * in presenting mode.
 */
const layouts = {
  screen: { nameSize: 13, nameWidth: 150, row: 36, axisText: 16 },
  room: { nameSize: roomChartTextSize, nameWidth: 210, row: 56, axisText: roomChartTextSize },
};

/**
 * Each subject's mean on both themes, side by side. Drawn as plain SVG like the positioning
 * chart: with 50 subjects a charting library took 240-260 ms of one task to draw it, long enough
 * to hold up a score typed at that moment. The numbers are in the table below it; the drawing is
 * hidden from screen readers, and pointing at a subject's bars shows its means.
 */
export const ThemeBarsChart = memo(function ThemeBarsChart({ bars }: { bars: ThemeBars }) {
  const { t } = useTranslation();
  const layout = useIsPresenting() ? layouts.room : layouts.screen;
  const height = layout.row * bars.length + 16 + layout.axisText + 16;
  return (
    <figure className="chart">
      <figcaption>{t('startingPoint.comparisonTitle')}</figcaption>
      <MeasuredDrawing height={height} className="theme-bars-chart">
        {(width) => <Drawing bars={bars} width={width} layout={layout} />}
      </MeasuredDrawing>
      <ul className="chart-legend">
        {barThemes.map(({ theme, colour }) => (
          <li key={theme}>
            <span className="chart-legend-swatch" style={{ background: colour }} />
            {t(`startingPoint.themesShort.${theme}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
});

function Drawing({
  bars,
  width,
  layout,
}: {
  bars: ThemeBars;
  width: number;
  layout: (typeof layouts)[keyof typeof layouts];
}) {
  const scoresTitle = useScoresTitle();
  const { nameSize, nameWidth, row, axisText } = layout;
  const plot = {
    left: 8 + nameWidth + 10,
    right: Math.max(8 + nameWidth + 60, width - 24),
    top: 8,
    bottom: 8 + row * bars.length,
  };
  const x = (value: number) => plot.left + (value / 5) * (plot.right - plot.left);
  const barHeight = Math.round(row * 0.32);
  return (
    <>
      <g stroke={chartColours.grid} strokeDasharray="2 4">
        {ticks.map((tick) => (
          <line key={tick} x1={x(tick)} x2={x(tick)} y1={plot.top} y2={plot.bottom} />
        ))}
      </g>
      {bars.map((bar, index) => {
        const top = plot.top + index * row;
        const middle = top + row / 2;
        const lines = wrapText(bar.name, { maxWidth: nameWidth, fontSize: nameSize, maxLines: 2 });
        return (
          <g key={bar.name} data-bars={bar.name}>
            <title>{scoresTitle(bar.name, bar.digital, bar.culture)}</title>
            <text
              x={plot.left - 8}
              y={middle - ((lines.length - 1) * nameSize * 1.1) / 2 + nameSize * 0.35}
              textAnchor="end"
              fontSize={nameSize}
              fill={chartColours.tick}
            >
              {lines.map((line, number) => (
                <tspan key={number} x={plot.left - 8} dy={number === 0 ? 0 : nameSize * 1.1}>
                  {line}
                </tspan>
              ))}
            </text>
            {barThemes.map(({ theme, colour, ownShade }, themeIndex) => {
              const value = bar[theme];
              return value === null ? null : (
                <rect
                  key={theme}
                  x={plot.left}
                  y={middle - barHeight - 1 + themeIndex * (barHeight + 2)}
                  width={Math.max(0, x(value) - plot.left)}
                  height={barHeight}
                  fill={bar.isOwn ? ownShade : colour}
                />
              );
            })}
          </g>
        );
      })}
      <g stroke={chartColours.tick}>
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
      </g>
      <BottomAxis ticks={ticks} x={x} {...plot} textSize={axisText} />
    </>
  );
}
