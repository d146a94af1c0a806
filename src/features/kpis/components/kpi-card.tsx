import { memo } from 'react';
import type { Kpi } from '../model/kpi';
import type { KpiStatus, KpiStatusResult } from '../model/kpi-status';
import type { KpiFormat } from './kpi-format';
import { KpiSparkline } from './kpi-sparkline';
import { KpiStatusBadge } from './kpi-status-badge';

/** A card's words, translated once for all the cards (see `useKpiCardLabels`). */
export interface KpiCardLabels {
  status: Record<KpiStatus, string>;
  latest: string;
  noValues: string;
  noTarget: string;
  target: (value: string, date: string) => string;
  targetNoDate: (value: string) => string;
  lastPath: (status: KpiStatus) => string;
}

/** Units short enough to belong to the number's large type: %, €, h. */
const isSymbolUnit = (unit: string) => unit.length <= 2;

export interface KpiCardProps {
  kpi: Kpi;
  /** The latest values in date order (the last one is the latest value). */
  recent: readonly { date: string; value: number }[];
  result: KpiStatusResult;
  isSelected: boolean;
  onOpen: (kpiId: string) => void;
  /** Passed in rather than taken from hooks: 150 cards would otherwise hold 300 subscriptions. */
  labels: KpiCardLabels;
  format: KpiFormat;
}

/** One KPI on the dashboard: latest value, status, target and a small trend line. */
export const KpiCard = memo(function KpiCard({
  kpi,
  recent,
  result,
  isSelected,
  onOpen,
  labels,
  format,
}: KpiCardProps) {
  const latest = recent.at(-1);
  const target =
    kpi.target === null
      ? labels.noTarget
      : kpi.targetDate
        ? labels.target(format.value(kpi.target, kpi.unit), format.date(kpi.targetDate))
        : labels.targetNoDate(format.value(kpi.target, kpi.unit));
  return (
    <li
      className={`kpi-card kpi-card-${result.status}${isSelected ? ' kpi-card-selected' : ''}`}
      aria-label={kpi.name}
    >
      <h3 className="kpi-card-name">
        <button
          type="button"
          className="kpi-card-open"
          aria-expanded={isSelected}
          onClick={() => onOpen(kpi.id)}
        >
          {kpi.name}
        </button>
      </h3>
      <KpiStatusBadge status={result.status} label={labels.status[result.status]} />
      {latest ? (
        <p className="kpi-card-latest">
          <span className="visually-hidden">{labels.latest}: </span>
          {/* A word unit ("calls/month") reads beside the number, not in its large type. */}
          <span className="kpi-card-value">
            {format.value(latest.value, isSymbolUnit(kpi.unit) ? kpi.unit : '')}
          </span>
          {isSymbolUnit(kpi.unit) ? null : <span className="kpi-card-unit"> {kpi.unit}</span>}{' '}
          <span className="kpi-card-date">{format.date(latest.date)}</span>
        </p>
      ) : (
        <p className="kpi-card-latest muted">{labels.noValues}</p>
      )}
      {result.status === 'overdue' && result.pathStatus ? (
        <p className="kpi-card-note">{labels.lastPath(result.pathStatus)}</p>
      ) : null}
      <p className="kpi-card-target">{target}</p>
      <KpiSparkline values={recent.map(({ value }) => value)} target={kpi.target} />
    </li>
  );
});
