import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Dialog } from '../../../components/ui/dialog';
import { useUndoableRemove } from '../../../core/kit/use-undoable-remove';
import { kpiQueries, useKpiMutations } from '../api/kpis-queries';
import type { KpisDashboard } from '../api/kpis-repository';
import type { Kpi } from '../model/kpi';
import type { KpiStatusResult } from '../model/kpi-status';
import { KpiChartPanel } from './kpi-chart-panel';
import { KpiEditor } from './kpi-editor';
import { KpiStatusBadge } from './kpi-status-badge';
import { MeasurementLog } from './measurement-log';

export interface KpiDetailProps {
  roadmapId: string;
  kpi: Kpi;
  result: KpiStatusResult;
  goals: KpisDashboard['goals'];
  channels: KpisDashboard['channels'];
  onClose: () => void;
}

/** The selected KPI: its chart, its measurements log and its definition and plan. */
export function KpiDetail({ roadmapId, kpi, result, goals, channels, onClose }: KpiDetailProps) {
  const { t } = useTranslation();
  const [isConfirming, setConfirming] = useState(false);
  const { deleteKpi } = useKpiMutations(roadmapId);
  const removeWithUndo = useUndoableRemove(roadmapId);
  const { data: measurements } = useQuery(kpiQueries.measurements(roadmapId, kpi.id));

  const remove = async () => {
    setConfirming(false);
    const isRemoved = await removeWithUndo(() => deleteKpi.mutateAsync(kpi.id), {
      removed: t('kpis.detail.deleted', { name: kpi.name }),
      restored: t('kpis.detail.restored', { name: kpi.name }),
    });
    if (isRemoved) onClose();
  };

  return (
    <section className="kpi-panel kpi-detail" aria-labelledby="kpi-detail-title">
      <div className="kpi-heading-row">
        <div className="kpi-detail-title-row">
          <h2 id="kpi-detail-title" tabIndex={-1}>
            {kpi.name}
          </h2>
          <KpiStatusBadge status={result.status} label={t(`kpis.status.${result.status}`)} />
        </div>
        <div className="kpi-detail-actions">
          <button
            type="button"
            className="button button-danger"
            onClick={() => setConfirming(true)}
          >
            {t('kpis.detail.delete')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('kpis.detail.close')}
          </button>
        </div>
      </div>
      {kpi.definition ? <p className="kpi-definition">{kpi.definition}</p> : null}
      <div className="kpi-detail-grid">
        <KpiChartPanel kpi={kpi} result={result} measurements={measurements} />
        <MeasurementLog roadmapId={roadmapId} kpi={kpi} measurements={measurements} />
      </div>
      <KpiEditor roadmapId={roadmapId} kpi={kpi} goals={goals} channels={channels} />
      <Dialog
        open={isConfirming}
        title={
          measurements?.length
            ? t('kpis.detail.deleteConfirm', { name: kpi.name, count: measurements.length })
            : t('kpis.detail.deleteConfirmEmpty', { name: kpi.name })
        }
        onClose={() => setConfirming(false)}
      >
        <div className="form-actions">
          <button type="button" className="button button-danger" onClick={() => void remove()}>
            {t('kpis.detail.delete')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('kpis.add.cancel')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
