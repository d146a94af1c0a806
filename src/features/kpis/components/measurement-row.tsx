import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { draftOf, saveTarget } from '../../../core/kit/save-target';
import { useAutosave } from '../../../core/kit/use-autosave';
import { useEditedFields } from '../../../core/kit/use-autosave-write';
import { useUndoableRemove } from '../../../core/kit/use-undoable-remove';
import { useProblemText } from '../../../components/ui/use-problem-text';
import {
  formatNumberInput,
  numberProblemMessage,
  numberRules,
  parseNumber,
} from '../../../core/numbers';
import { isoDay } from '../../../lib/dates';
import { updateMeasurementWrite, useKpiMutations } from '../api/kpis-queries';
import type { MeasurementInput } from '../api/kpis-repository';
import { DateTakenError } from '../model/date-taken-error';
import type { Kpi, Measurement } from '../model/kpi';
import { useKpiFormat } from './kpi-format';
import { checkDate } from './measurement-checks';

export interface MeasurementRowProps {
  roadmapId: string;
  kpi: Kpi;
  measurement: Measurement;
}

/** One stored value: its date and number save themselves when changed; delete offers Undo. */
export function MeasurementRow({ roadmapId, kpi, measurement }: MeasurementRowProps) {
  const { t, i18n } = useTranslation();
  const problemText = useProblemText();
  const format = useKpiFormat();
  const { updateMeasurement, deleteMeasurement } = useKpiMutations(roadmapId);
  const removeWithUndo = useUndoableRemove(roadmapId);
  const [date, setDate] = useState(measurement.date);
  const [value, setValue] = useState(formatNumberInput(measurement.value, i18n.language));
  const [error, setError] = useState<string | null>(null);
  const row = useRef<HTMLTableRowElement>(null);
  const target = saveTarget(
    updateMeasurementWrite,
    roadmapId,
    `measurement:${measurement.id}`,
    (input: Partial<MeasurementInput>) => ({ id: measurement.id, input }),
  );
  // Saved through the row's own call, so a date already taken can say so next to the field;
  // until it is stored the edit is a draft like any other.
  const { state, schedule, isBusy } = useAutosave(
    async (input: Partial<MeasurementInput>) => {
      try {
        await updateMeasurement.mutateAsync({ id: measurement.id, input });
      } catch (failure) {
        if (failure instanceof DateTakenError) setError(t('kpis.log.dateTaken'));
        throw failure;
      }
    },
    { draft: (input) => draftOf(target, input) },
  );

  const edits = useEditedFields({ date: measurement.date, value: measurement.value });
  // Take the stored value again when it changed elsewhere, unless it is being edited here.
  useEffect(() => {
    if (row.current?.contains(document.activeElement) || isBusy()) return;
    edits.refill({ date: measurement.date, value: measurement.value });
    setDate(measurement.date);
    setValue(formatNumberInput(measurement.value, i18n.language));
  }, [measurement, i18n.language, isBusy, edits]);

  const edit = (nextDate: string, nextValue: string) => {
    setDate(nextDate);
    setValue(nextValue);
    const reading = parseNumber(nextValue, i18n.language, numberRules.measure);
    const dateProblem = checkDate(nextDate, isoDay());
    const problem = dateProblem
      ? t(dateProblem)
      : reading.ok
        ? null
        : problemText(numberProblemMessage(reading, i18n.language));
    setError(problem);
    if (problem === null && reading.ok)
      schedule(edits.changes({ date: nextDate, value: reading.value }, measurement));
  };

  const remove = () =>
    removeWithUndo(() => deleteMeasurement.mutateAsync(measurement.id), {
      removed: t('kpis.log.removed', { date: format.date(measurement.date) }),
      restored: t('kpis.log.restored', { date: format.date(measurement.date) }),
    });

  const shownDate = format.date(measurement.date);
  return (
    <tr ref={row}>
      <td>
        <input
          type="date"
          aria-label={t('kpis.log.dateOf', { value: format.value(measurement.value, kpi.unit) })}
          value={date}
          max={isoDay()}
          onChange={(event) => edit(event.target.value, value)}
        />
      </td>
      <td>
        <div className="kpi-cell-value">
          <input
            inputMode="decimal"
            autoComplete="off"
            aria-label={t('kpis.log.valueOn', { date: shownDate })}
            aria-invalid={error ? true : undefined}
            value={value}
            onChange={(event) => edit(date, event.target.value)}
          />
          <SaveIndicator state={error ? 'idle' : state} />
        </div>
        {error ? <p className="field-error">{error}</p> : null}
      </td>
      <td>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={t('kpis.log.remove', { date: shownDate })}
          onClick={() => void remove()}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </td>
    </tr>
  );
}
