import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useDateHint } from '../../../components/ui/date-hint';
import { useToast } from '../../../components/ui/toasts';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { numberProblemMessage, numberRules, parseNumber } from '../../../core/numbers';
import { isoDay } from '../../../lib/dates';
import { describeStorageError } from '../../../lib/storage-errors';
import { useKpiMutations } from '../api/kpis-queries';
import type { Kpi } from '../model/kpi';
import { nextEntryDate } from '../model/next-entry-date';
import { useKpiFormat } from './kpi-format';
import { checkDate } from './measurement-checks';

export interface MeasurementEntryProps {
  roadmapId: string;
  kpi: Kpi;
}

/**
 * One row to type values in quickly: the date starts at today, Enter adds the value, moves the
 * date on by one period of the KPI's frequency (never past today) and leaves the cursor in the
 * value field, so a series is typed as value, Enter, value, Enter. A value on a date that has
 * one replaces it, and the message says what it was.
 */
export function MeasurementEntry({ roadmapId, kpi }: MeasurementEntryProps) {
  const { t, i18n } = useTranslation();
  const dateHint = useDateHint();
  const id = useId();
  const toast = useToast();
  const problemText = useProblemText();
  const format = useKpiFormat();
  const { addMeasurement } = useKpiMutations(roadmapId);
  const [date, setDate] = useState(isoDay());
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<{ date?: string; value?: string }>({});
  const valueInput = useRef<HTMLInputElement>(null);

  const submit = async () => {
    const submitted = value;
    const submittedDate = date;
    const reading = parseNumber(value, i18n.language, numberRules.measure);
    const dateProblem = checkDate(date, isoDay());
    const next = {
      date: dateProblem ? t(dateProblem) : undefined,
      value: reading.ok ? undefined : problemText(numberProblemMessage(reading, i18n.language)),
    };
    setErrors(next);
    if (next.date || !reading.ok) return;
    const number = reading.value;
    // The date moves on at once, so a date typed for the next value while this one is being
    // stored is never overtaken by the step.
    const nextDate = nextEntryDate(submittedDate, kpi.frequency, isoDay());
    setDate(nextDate);
    try {
      const saved = await addMeasurement.mutateAsync({
        kpiId: kpi.id,
        input: { date: submittedDate, value: number },
      });
      const shown = { value: format.value(number, kpi.unit), date: format.date(submittedDate) };
      toast({
        message: saved.replaced
          ? t('kpis.log.replaced', {
              ...shown,
              before: format.value(saved.replaced.value, kpi.unit),
            })
          : t('kpis.log.added', shown),
      });
      // Someone typing fast may already be on the next value: clear only what was added.
      setValue((current) => (current === submitted ? '' : current));
      valueInput.current?.focus();
    } catch (error) {
      setDate((current) => (current === nextDate ? submittedDate : current));
      toast({ tone: 'error', message: problemText(describeStorageError(error)) });
    }
  };

  const describe = (field: 'date' | 'value') =>
    errors[field] ? `${id}-${field}-error` : `${id}-${field === 'value' ? 'help' : 'date-hint'}`;

  return (
    <form
      className="kpi-entry"
      aria-label={t('kpis.log.entryLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('kpis.log.date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          max={isoDay()}
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={describe('date')}
          onChange={(event) => setDate(event.target.value)}
        />
        {errors.date ? (
          <p id={`${id}-date-error`} className="field-error">
            {errors.date}
          </p>
        ) : (
          <p id={`${id}-date-hint`} className="field-hint">
            {dateHint}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-value`}>
          {t('kpis.log.value')}
          {kpi.unit ? ` (${kpi.unit})` : ''}
        </label>
        <input
          id={`${id}-value`}
          ref={valueInput}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          aria-invalid={errors.value ? true : undefined}
          aria-describedby={describe('value')}
          onChange={(event) => setValue(event.target.value)}
        />
        {errors.value ? (
          <p id={`${id}-value-error`} className="field-error">
            {errors.value}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-primary">
        {t('kpis.log.add')}
      </button>
      <p id={`${id}-help`} className="field-hint kpi-entry-help">
        {t('kpis.log.help')}
      </p>
    </form>
  );
}
