import { useTranslation } from '../../../components/ui/translation';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { saveTarget } from '../../../core/kit/save-target';
import { useAutosaveForm } from '../../../core/kit/use-autosave-form';
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
  const { t } = useTranslation();
  const { form, formProps, state, isInvalid, flush } = useAutosaveForm({
    schema: goalFormSchema,
    toValues: toGoalFormValues,
    stored: goal,
    target: saveTarget(
      updateGoalWrite,
      roadmapId,
      `goal:${goal.id}`,
      (fields: Partial<GoalFields>) => ({
        goalId: goal.id,
        fields,
      }),
    ),
  });

  return (
    <form
      {...formProps}
      className="form goal-form goal-editor"
      aria-label={t('goals.editing', { title: goal.title })}
    >
      <div className="goal-editor-status">
        <p className="field-hint">{t('goals.editHelp')}</p>
        {isInvalid ? (
          <p className="field-error">{t('saving.notSaved')}</p>
        ) : (
          <SaveIndicator state={state} />
        )}
      </div>
      <GoalFormFields register={form.register} errors={form.formState.errors} />
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
