import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { saveTarget } from '../../../core/kit/save-target';
import { changedFields, useAutosaveTo } from '../../../core/kit/use-autosave-write';
import { useZodForm } from '../../../components/ui/use-zod-form';
import { updateGoalWrite } from '../api/goals-queries';
import type { Goal, GoalFields } from '../model/goal';
import { goalFormSchema, toGoalFormValues } from '../model/goal-form';
import { GoalFormFields } from './goal-form-fields';

export interface GoalEditorProps {
  roadmapId: string;
  goal: Goal;
  onDone: () => void;
}

/**
 * Edits a stored goal in place. Every change is checked against the goal's rules; a valid goal
 * saves itself a moment later, an invalid one shows why next to the field and writes nothing.
 */
export function GoalEditor({ roadmapId, goal, onDone }: GoalEditorProps) {
  const { t, i18n } = useTranslation();
  const { state, schedule, flush, isBusy } = useAutosaveTo(
    saveTarget(updateGoalWrite, roadmapId, `goal:${goal.id}`, (fields: Partial<GoalFields>) => ({
      goalId: goal.id,
      fields,
    })),
  );
  const { register, formState, trigger, getValues, reset } = useZodForm(
    goalFormSchema(i18n.language),
    {
      defaultValues: toGoalFormValues(goal, i18n.language),
    },
  );
  const [isInvalid, setInvalid] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Take changes made elsewhere (another tab, undo), but never while the user is editing here.
  useEffect(() => {
    if (formRef.current?.contains(document.activeElement) || isBusy()) return;
    reset(toGoalFormValues(goal, i18n.language));
  }, [goal, i18n.language, isBusy, reset]);

  const onEdit = async () => {
    const isValid = await trigger();
    setInvalid(!isValid);
    if (!isValid) return;
    const parsed = goalFormSchema(i18n.language).safeParse(getValues());
    // Only what differs from the stored goal: another tab's edit of the other fields is kept.
    if (parsed.success) schedule(changedFields(parsed.data, goal));
  };

  return (
    <form
      ref={formRef}
      className="form goal-form goal-editor"
      noValidate
      aria-label={t('goals.editing', { title: goal.title })}
      onChange={() => void onEdit()}
      onSubmit={(event) => {
        event.preventDefault();
        void flush();
      }}
    >
      <div className="goal-editor-status">
        <p className="field-hint">{t('goals.editHelp')}</p>
        {isInvalid ? (
          <p className="field-error">{t('saving.notSaved')}</p>
        ) : (
          <SaveIndicator state={state} />
        )}
      </div>
      <GoalFormFields register={register} errors={formState.errors} />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void flush();
            onDone();
          }}
        >
          {t('goals.done')}
        </button>
      </div>
    </form>
  );
}
