import { useTranslation } from 'react-i18next';
import type { Kpi } from '../model/kpi';
import type { KpiStatusResult } from '../model/kpi-status';
import type { KpisDashboard } from '../api/kpis-repository';
import { KpiCard } from './kpi-card';
import { useKpiFormat } from './kpi-format';

export interface KpiDashboardProps {
  kpis: readonly Kpi[];
  recent: KpisDashboard['recent'];
  results: ReadonlyMap<string, KpiStatusResult>;
  selectedId: string | null;
  onOpen: (kpiId: string) => void;
}

/** One card per KPI, plus a count per status that the room can read from the back. */
export function KpiDashboard({ kpis, recent, results, selectedId, onOpen }: KpiDashboardProps) {
  const { t } = useTranslation();
  const format = useKpiFormat();
  const count = (status: KpiStatusResult['status']) =>
    [...results.values()].filter((result) => result.status === status).length;
  return (
    <>
      <p className="kpi-summary">
        {t('kpis.summary', {
          onTrack: count('on-track'),
          atRisk: count('at-risk'),
          offTrack: count('off-track'),
          overdue: count('overdue'),
        })}
      </p>
      <ul className="kpi-cards" aria-label={t('kpis.dashboardLabel')}>
        {kpis.map((kpi) => (
          <KpiCard
            key={kpi.id}
            kpi={kpi}
            recent={recent[kpi.id] ?? []}
            result={results.get(kpi.id)!}
            isSelected={kpi.id === selectedId}
            onOpen={onOpen}
            t={t}
            format={format}
          />
        ))}
      </ul>
    </>
  );
}
