import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Dialog } from '../../../components/ui/dialog';
import { FilePickerButton } from '../../../components/ui/file-picker-button';
import { useToast } from '../../../components/ui/toasts';
import { useDebouncedValue } from '../../../components/ui/use-debounced-value';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { isoDay } from '../../../lib/dates';
import { describeStorageError } from '../../../lib/storage-errors';
import { useKpiMutations } from '../api/kpis-queries';
import type { Kpi } from '../model/kpi';
import { TextFileTooLargeError, readTextFile } from '../../../core/file/read-text-file';
import { maxImportBytes, parseMeasurements, type ImportProblem } from '../model/measurement-import';

export interface MeasurementImportDialogProps {
  roadmapId: string;
  kpi: Kpi;
  existingDates: readonly string[];
  onClose: () => void;
}

/** Shows at most this many row problems; the count of the rest follows. */
const shownProblems = 20;

/**
 * Many values at once, pasted from a spreadsheet or read from a CSV file. Nothing is written
 * until every row reads well; each bad row is named by its number.
 */
export function MeasurementImportDialog({
  roadmapId,
  kpi,
  existingDates,
  onClose,
}: MeasurementImportDialogProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const toast = useToast();
  const problemText = useProblemText();
  const { importMeasurements } = useKpiMutations(roadmapId);
  const [text, setText] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const settled = useDebouncedValue(text, 150);
  const result = useMemo(
    () => (settled.trim() === '' ? null : parseMeasurements(settled, isoDay(), i18n.language)),
    [settled, i18n.language],
  );
  const taken = useMemo(() => new Set(existingDates), [existingDates]);
  const isCurrent = settled === text;

  const describe = (problem: ImportProblem) => {
    const message = t(`kpis.import.codes.${problem.code}`, { detail: problem.detail });
    return problem.row > 0 ? t('kpis.import.rowProblem', { row: problem.row, message }) : message;
  };

  const submit = async () => {
    if (!result?.ok) return;
    try {
      const summary = await importMeasurements.mutateAsync({
        kpiId: kpi.id,
        values: result.values.map(({ date, value }) => ({ date, value })),
      });
      toast({
        message: t('kpis.import.done', { ...summary, count: summary.added + summary.replaced }),
      });
      onClose();
    } catch (error) {
      toast({ tone: 'error', message: problemText(describeStorageError(error)) });
    }
  };

  const replaced = result?.ok ? result.values.filter((row) => taken.has(row.date)).length : 0;
  return (
    <Dialog open title={`${t('kpis.import.title')}: ${kpi.name}`} onClose={onClose}>
      <form
        className="form kpi-import"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p id={`${id}-help`} className="field-hint">
          {t('kpis.import.help')}
        </p>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('kpis.import.textLabel')}</label>
          <textarea
            id={`${id}-text`}
            rows={8}
            value={text}
            spellCheck={false}
            aria-describedby={`${id}-help`}
            aria-invalid={result && !result.ok ? true : undefined}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <FilePickerButton
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          className="button button-small"
          onFile={(file) => {
            setFileProblem(null);
            readTextFile(file, { maxBytes: maxImportBytes }).then(
              ({ text: contents }) => setText(contents),
              (error: unknown) =>
                setFileProblem(
                  error instanceof TextFileTooLargeError
                    ? t('kpis.import.codes.tooLarge')
                    : t('kpis.import.fileFailed'),
                ),
            );
          }}
        >
          {t('kpis.import.file')}
        </FilePickerButton>
        {fileProblem ? <p role="alert">{fileProblem}</p> : null}
        {result && !result.ok ? (
          <div role="alert" className="problem-alert">
            <p className="problem-alert-title">{t('kpis.import.problemsTitle')}</p>
            <ul>
              {result.problems.slice(0, shownProblems).map((problem) => (
                <li key={`${problem.row}-${problem.code}`}>{describe(problem)}</li>
              ))}
              {result.problems.length > shownProblems ? (
                <li>… +{result.problems.length - shownProblems}</li>
              ) : null}
            </ul>
          </div>
        ) : null}
        {result?.ok ? (
          <p role="status" className="kpi-import-preview">
            {t('kpis.import.preview', {
              count: result.values.length,
              added: result.values.length - replaced,
              replaced,
            })}
          </p>
        ) : null}
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={!result?.ok || !isCurrent || importMeasurements.isPending}
          >
            {t('kpis.import.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('kpis.import.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
