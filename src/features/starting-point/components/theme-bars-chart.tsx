import { lazy, memo, Suspense } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { roomChartTextSize, useIsPresenting } from '../../../components/ui/use-presenting-class';
import { WhenVisible } from '../../../components/ui/when-visible';
import { loadThemeBarsDrawing } from './load-charts';

/** Mean per subject and theme (null when not scored), in subject order. */
export type ThemeBars = readonly {
  name: string;
  isOwn: boolean;
  digital: number | null;
  culture: number | null;
}[];
/** The subjects' names beside the bars, which recharts measures and wraps: their size in px. */
export interface BarNames {
  size: number;
  width: number;
  row: number;
}

// recharts loads with the stage's data (`prefetch` in stage.ts), not after the first render.
const ThemeBarsDrawing = lazy(() =>
  loadThemeBarsDrawing().then((module) => ({ default: module.ThemeBarsDrawing })),
);

/**
 * Each subject's mean on both themes, side by side. Its space is kept while recharts loads and
 * until it comes near the screen (below the fold on a projector), so nothing below it moves.
 */
export const ThemeBarsChart = memo(function ThemeBarsChart({ bars }: { bars: ThemeBars }) {
  const { t } = useTranslation();
  const names: BarNames = useIsPresenting()
    ? { size: roomChartTextSize, width: 210, row: 56 }
    : { size: 13, width: 150, row: 36 };
  const height = Math.max(240, names.row * bars.length + 80);
  return (
    <figure className="chart">
      <figcaption>{t('startingPoint.comparisonTitle')}</figcaption>
      <WhenVisible minHeight={height}>
        <Suspense
          fallback={
            <p className="loading-inline" aria-busy="true" style={{ minHeight: height }}>
              {t('startingPoint.chartLoading')}
            </p>
          }
        >
          <ThemeBarsDrawing bars={bars} names={names} height={height} />
        </Suspense>
      </WhenVisible>
    </figure>
  );
});
