import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useToast } from '../../../components/ui/toasts';
import { isoDay } from '../../../lib/dates';
import { kpiQueries, useKpiMutations } from '../api/kpis-queries';
import { hasBaselineAndTarget, type Kpi } from '../model/kpi';
import { kpiStatus, type KpiStatusResult } from '../model/kpi-status';
import { AddKpiForm } from './add-kpi-form';
import { KpiDashboard } from './kpi-dashboard';
import { KpiDetail } from './kpi-detail';
import { KpiWarningsPanel } from './kpi-warnings-panel';
import './kpis.css';

export interface KpisStageProps {
  roadmapId: string;
}

/** Stage 4: what is measured for each goal, how often, and how the actual values are going. */
export function KpisStage({ roadmapId }: KpisStageProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data } = useQuery(kpiQueries.dashboard(roadmapId));
  const { createKpi } = useKpiMutations(roadmapId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [adding, setAdding] = useState<{ goalId: string | null } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const today = isoDay();

  const results = useMemo(() => {
    const map = new Map<string, KpiStatusResult>();
    for (const kpi of data?.kpis ?? []) {
      const latest = data?.recent[kpi.id]?.at(-1) ?? null;
      map.set(kpi.id, kpiStatus(kpi, latest, today));
    }
    return map;
  }, [data, today]);

  // Opening a KPI shows its detail below the cards and takes the keyboard there.
  const open = useCallback((kpiId: string) => {
    setSelectedId((current) => (current === kpiId ? null : kpiId));
    requestAnimationFrame(() => {
      const heading = document.getElementById('kpi-detail-title');
      heading?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      heading?.focus({ preventScroll: true });
    });
  }, []);

  if (!data) return <p className="loading-inline" aria-busy="true" />;
  const selected = data.kpis.find((kpi) => kpi.id === selectedId) ?? null;

  const added = (kpi: Kpi) => {
    setAdding(null);
    // A KPI that came with its goal's plan needs a check, not setting up.
    const isPlanned = kpi.goalIds.length > 0 && hasBaselineAndTarget(kpi);
    toast({
      message: t(isPlanned ? 'kpis.add.addedForGoal' : 'kpis.add.added', { name: kpi.name }),
    });
    open(kpi.id);
  };

  return (
    <div className="kpis-stage">
      <KpiWarningsPanel
        goals={data.goals}
        kpis={data.kpis}
        onOpen={(kpiId) => {
          if (kpiId !== selectedId) open(kpiId);
        }}
        onAddFor={(goal) => setAdding({ goalId: goal.id })}
      />
      <section className="kpi-panel" aria-labelledby="kpi-dashboard-title" data-stage-result="">
        <div className="kpi-heading-row">
          <h2 id="kpi-dashboard-title">{t('kpis.dashboardHeading')}</h2>
          <button
            ref={addButton}
            type="button"
            className="button button-primary"
            aria-expanded={adding !== null}
            onClick={() => setAdding({ goalId: null })}
          >
            <span aria-hidden="true">+</span> {t('kpis.add.open')}
          </button>
        </div>
        {adding ? (
          <AddKpiForm
            key={adding.goalId ?? 'any'}
            goals={data.goals}
            goalId={adding.goalId}
            onAdd={(fields) => createKpi.mutateAsync(fields)}
            onAdded={added}
            onCancel={() => {
              setAdding(null);
              requestAnimationFrame(() => addButton.current?.focus());
            }}
          />
        ) : null}
        {data.kpis.length === 0 ? (
          <div className="kpi-empty">
            <h3>{t('kpis.emptyTitle')}</h3>
            <p>{t('kpis.emptyBody')}</p>
          </div>
        ) : (
          <KpiDashboard
            kpis={data.kpis}
            recent={data.recent}
            results={results}
            selectedId={selectedId}
            onOpen={open}
          />
        )}
        <p className="kpi-status-rule">{t('kpis.statusRule')}</p>
      </section>
      {selected ? (
        <KpiDetail
          key={selected.id}
          roadmapId={roadmapId}
          kpi={selected}
          result={results.get(selected.id)!}
          goals={data.goals}
          channels={data.channels}
          onClose={() => setSelectedId(null)}
        />
      ) : null}
    </div>
  );
}
