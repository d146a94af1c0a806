import { useTranslation } from '../../../components/ui/translation';
import { Dialog } from '../../../components/ui/dialog';
import type { ImportMode } from '../model/survey-import';

interface ReplaceOrAddDialogProps {
  open: boolean;
  /** Respondents already in the survey, and in the file. */
  storedRespondents: number;
  importedRespondents: number;
  isSaving: boolean;
  onChoose: (mode: ImportMode) => void;
  onCancel: () => void;
}

/** Asks before an import meets a survey that already has answers: replace it, or add to it. */
export function ReplaceOrAddDialog({
  open,
  storedRespondents,
  importedRespondents,
  isSaving,
  onChoose,
  onCancel,
}: ReplaceOrAddDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('survey.csv.replaceHeading')} onClose={onCancel}>
      <p>
        {t('survey.csv.replaceQuestion', {
          respondents: t('survey.csv.respondents', { count: storedRespondents }),
          imported: t('survey.csv.respondents', { count: importedRespondents }),
        })}
      </p>
      <div className="form-actions survey-choice-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('survey.csv.cancel')}
        </button>
        <button
          type="button"
          className="button"
          disabled={isSaving}
          onClick={() => onChoose('add')}
        >
          {t('survey.csv.add')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={isSaving}
          onClick={() => onChoose('replace')}
        >
          {t('survey.csv.replace')}
        </button>
      </div>
    </Dialog>
  );
}
