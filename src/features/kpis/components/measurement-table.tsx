import { useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useDatePattern } from '../../../components/ui/date-hint';
import type { Kpi, Measurement } from '../model/kpi';
import { MeasurementRow } from './measurement-row';

export interface MeasurementTableProps {
  roadmapId: string;
  kpi: Kpi;
  measurements: readonly Measurement[];
}

/** Rows shown before "show all": a screenful, so a KPI with years of values opens quickly. */
const firstRows = 24;

/** Every value of the KPI, newest first, each editable and deletable. */
export function MeasurementTable({ roadmapId, kpi, measurements }: MeasurementTableProps) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const datePattern = useDatePattern();
  if (measurements.length === 0) return <p className="muted">{t('kpis.log.empty')}</p>;
  const newestFirst = [...measurements].reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, firstRows);
  return (
    <>
      <div className="kpi-table-scroll">
        <table className="kpi-table">
          <caption className="visually-hidden">
            {t('kpis.log.tableCaption', { name: kpi.name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                {t('kpis.log.date')} ({datePattern})
              </th>
              <th scope="col">
                {t('kpis.log.value')}
                {kpi.unit ? ` (${kpi.unit})` : ''}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('kpis.log.removeColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((measurement) => (
              <MeasurementRow
                key={measurement.id}
                roadmapId={roadmapId}
                kpi={kpi}
                measurement={measurement}
              />
            ))}
          </tbody>
        </table>
      </div>
      {!showAll && newestFirst.length > firstRows ? (
        <button type="button" className="button button-small" onClick={() => setShowAll(true)}>
          {t('kpis.log.showAll', { count: newestFirst.length })}
        </button>
      ) : null}
    </>
  );
}
