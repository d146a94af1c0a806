import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { Kpi, Measurement } from '../model/kpi';
import { MeasurementEntry } from './measurement-entry';
import { MeasurementTable } from './measurement-table';

// The dialog brings the CSV parser: loaded only when someone pastes or imports.
const MeasurementImportDialog = lazy(() =>
  import('./measurement-import-dialog').then((module) => ({
    default: module.MeasurementImportDialog,
  })),
);

export interface MeasurementLogProps {
  roadmapId: string;
  kpi: Kpi;
  measurements: Measurement[] | undefined;
}

/** The selected KPI's values: quick entry by keyboard, paste or CSV, and the table of values. */
export function MeasurementLog({ roadmapId, kpi, measurements }: MeasurementLogProps) {
  const { t } = useTranslation();
  const [isImporting, setImporting] = useState(false);
  return (
    <section className="kpi-log" aria-labelledby="kpi-log-title">
      <div className="kpi-heading-row">
        <h3 id="kpi-log-title">{t('kpis.log.heading')}</h3>
        <button type="button" className="button button-small" onClick={() => setImporting(true)}>
          {t('kpis.import.open')}
        </button>
      </div>
      <MeasurementEntry roadmapId={roadmapId} kpi={kpi} />
      {measurements ? (
        <MeasurementTable roadmapId={roadmapId} kpi={kpi} measurements={measurements} />
      ) : (
        <p className="loading-inline" aria-busy="true" />
      )}
      {isImporting ? (
        <Suspense fallback={null}>
          <MeasurementImportDialog
            roadmapId={roadmapId}
            kpi={kpi}
            existingDates={measurements?.map((row) => row.date) ?? []}
            onClose={() => setImporting(false)}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
