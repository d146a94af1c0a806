import { useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { TFunction } from 'i18next';
import type { Kpi } from '../model/kpi';
import type { KpiStatus, KpiStatusResult } from '../model/kpi-status';
import type { KpisDashboard } from '../api/kpis-repository';
import { KpiCard, type KpiCardLabels } from './kpi-card';
import { useKpiFormat } from './kpi-format';

export interface KpiDashboardProps {
  kpis: readonly Kpi[];
  recent: KpisDashboard['recent'];
  results: ReadonlyMap<string, KpiStatusResult>;
  selectedId: string | null;
  onOpen: (kpiId: string) => void;
}

/** Stand for the values while a wording is looked up; no formatted value contains them. */
const valueMark = '\u0000value\u0000';
const dateMark = '\u0000date\u0000';

/**
 * The cards' words, translated once: 100 cards each translating their status, target and labels
 * through i18next took a good part of drawing the dashboard.
 */
function cardLabels(t: TFunction): KpiCardLabels {
  const status: Record<KpiStatus, string> = {
    'on-track': t('kpis.status.on-track'),
    'at-risk': t('kpis.status.at-risk'),
    'off-track': t('kpis.status.off-track'),
    overdue: t('kpis.status.overdue'),
    'no-data': t('kpis.status.no-data'),
    'no-target': t('kpis.status.no-target'),
  };
  const target = t('kpis.card.target', { value: valueMark, date: dateMark });
  const targetNoDate = t('kpis.card.targetNoDate', { value: valueMark });
  const fill = (wording: string, mark: string, text: string) => wording.split(mark).join(text);
  return {
    status,
    latest: t('kpis.card.latest'),
    noValues: t('kpis.card.noValues'),
    noTarget: t('kpis.card.noTarget'),
    target: (value, date) => fill(fill(target, valueMark, value), dateMark, date),
    targetNoDate: (value) => fill(targetNoDate, valueMark, value),
    lastPath: (path) => t('kpis.card.lastPath', { status: status[path].toLowerCase() }),
  };
}

/** One card per KPI, plus a count per status that the room can read from the back. */
export function KpiDashboard({ kpis, recent, results, selectedId, onOpen }: KpiDashboardProps) {
  const { t } = useTranslation();
  const format = useKpiFormat();
  const labels = useMemo(() => cardLabels(t), [t]);
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
            labels={labels}
            format={format}
          />
        ))}
      </ul>
    </>
  );
}
