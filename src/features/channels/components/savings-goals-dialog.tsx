import { useId, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Dialog } from '../../../components/ui/dialog';
import { formatNumber } from '../../../core/numbers';
import type { SavingsGoalChange } from '../model/savings-goals';

export interface SavingsGoalsRequest {
  changes: SavingsGoalChange[];
  /** The start of a created goal: its deadline must come after it. */
  today: string;
  /** The deadline a created goal gets unless the team picks another. */
  deadline: string;
}

interface SavingsGoalsDialogProps {
  request: SavingsGoalsRequest | null;
  isBusy: boolean;
  onCancel: () => void;
  onConfirm: (deadline: string) => void;
}

/**
 * Asks before "Use as goal target" writes: every goal it changes with its numbers before and
 * after (and a word when the new target asks for less), every goal it creates, and the created
 * goals' deadline.
 */
export function SavingsGoalsDialog({
  request,
  isBusy,
  onCancel,
  onConfirm,
}: SavingsGoalsDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={request !== null} title={t('savings.confirmTitle')} onClose={onCancel}>
      {request ? (
        <SavingsGoalsForm
          // A new request starts from its own default deadline.
          key={request.changes.map((change) => `${change.catalogKey}:${change.target}`).join()}
          request={request}
          isBusy={isBusy}
          onCancel={onCancel}
          onConfirm={onConfirm}
        />
      ) : null}
    </Dialog>
  );
}

function SavingsGoalsForm({
  request,
  isBusy,
  onCancel,
  onConfirm,
}: SavingsGoalsDialogProps & { request: SavingsGoalsRequest }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [deadline, setDeadline] = useState(request.deadline);
  const number = (value: number | null) =>
    value === null ? t('savings.notSet') : formatNumber(value, i18n.language, 'measure');
  const creates = request.changes.some((change) => change.goal === null);
  const deadlineError =
    !creates || deadline > request.today ? null : t('savings.deadlineAfterToday');
  return (
    <form
      className="savings-goals-form"
      aria-label={t('savings.confirmTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        if (deadlineError === null) onConfirm(deadline);
      }}
    >
      <p>{t('savings.confirmIntro')}</p>
      <ul className="savings-goal-changes">
        {request.changes.map((change) => (
          <li key={change.catalogKey}>
            {change.goal ? (
              <>
                <strong>{t('savings.changeGoal', { title: change.goal.title })}</strong>
                <span>
                  {t('savings.changeTarget', {
                    before: number(change.goal.target),
                    after: number(change.target),
                  })}
                </span>
                {change.goal.baseline === change.baseline ? null : (
                  <span>
                    {t('savings.changeBaseline', {
                      before: number(change.goal.baseline),
                      after: number(change.baseline),
                    })}
                  </span>
                )}
                {change.isLessAmbitious ? (
                  <span className="savings-goal-warning">{t('savings.lessAmbitious')}</span>
                ) : null}
              </>
            ) : (
              <>
                <strong>
                  {t('savings.createGoal', {
                    title: t(`goalCatalogue.${change.catalogKey}.title`),
                  })}
                </strong>
                <span>
                  {t('savings.newNumbers', {
                    baseline: number(change.baseline),
                    target: number(change.target),
                  })}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {creates ? (
        <div className="field">
          <label htmlFor={`${id}-deadline`}>{t('savings.newGoalDeadline')}</label>
          <input
            id={`${id}-deadline`}
            type="date"
            required
            value={deadline}
            aria-invalid={deadlineError ? true : undefined}
            aria-describedby={deadlineError ? `${id}-deadline-error` : `${id}-deadline-hint`}
            onChange={(event) => setDeadline(event.target.value)}
          />
          {deadlineError ? (
            <p id={`${id}-deadline-error`} className="field-error">
              {deadlineError}
            </p>
          ) : (
            <p id={`${id}-deadline-hint`} className="field-hint">
              {t('savings.newGoalDeadlineHint')}
            </p>
          )}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('savings.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {t('savings.confirmApply')}
        </button>
      </div>
    </form>
  );
}
