import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useElementWidth } from '../../../components/ui/use-element-width';
import type { Kpi, Measurement } from '../model/kpi';
import { kpiSeries } from '../model/kpi-series';
import type { KpiStatusResult } from '../model/kpi-status';
import { useKpiFormat } from './kpi-format';

const KpiLineChart = lazy(() => import('./kpi-line-chart'));

export interface KpiChartPanelProps {
  kpi: Kpi;
  result: KpiStatusResult;
  measurements: readonly Measurement[] | undefined;
}

const chartHeight = 280;

/**
 * The actuals against the planned path, with a sentence that says the same for screen readers
 * and print. The series is cut to what the measured width can show before recharts sees it.
 */
export function KpiChartPanel({ kpi, result, measurements }: KpiChartPanelProps) {
  const { t } = useTranslation();
  const format = useKpiFormat();
  const [frame, width] = useElementWidth<HTMLDivElement>();
  const series = useMemo(
    () => kpiSeries(kpi, measurements ?? [], Math.max(width, 100)),
    [kpi, measurements, width],
  );
  const first = measurements?.[0];
  const last = measurements?.at(-1);
  const value = (number: number | null) =>
    number === null ? t('kpis.chart.notSet') : format.value(number, kpi.unit);
  const summary =
    first && last
      ? t(result.expectedValue === null ? 'kpis.chart.summaryNoPlan' : 'kpis.chart.summary', {
          count: measurements.length,
          from: format.date(first.date),
          to: format.date(last.date),
          latest: value(last.value),
          expected: value(result.expectedValue),
          target: kpi.targetDate
            ? `${value(kpi.target)} (${format.date(kpi.targetDate)})`
            : value(kpi.target),
        })
      : t('kpis.chart.empty');

  return (
    <figure className="kpi-chart" aria-labelledby="kpi-chart-title">
      <h3 id="kpi-chart-title">{t('kpis.chart.heading')}</h3>
      <div ref={frame} className="kpi-chart-frame" style={{ height: chartHeight }}>
        {width > 0 && series.total > 0 ? (
          <Suspense fallback={null}>
            <KpiLineChart
              series={series}
              width={width}
              height={chartHeight}
              formatValue={(number) => format.value(number, kpi.unit)}
              formatDate={format.date}
            />
          </Suspense>
        ) : null}
      </div>
      <figcaption className="kpi-chart-summary">
        {summary}
        {series.actuals.length < series.total
          ? ` ${t('kpis.chart.downsampled', { shown: series.actuals.length, total: series.total })}`
          : null}
      </figcaption>
    </figure>
  );
}
