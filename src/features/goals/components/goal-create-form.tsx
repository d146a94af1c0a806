import { useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { useToast } from '../../../components/ui/toasts';
import { useZodForm } from '../../../components/ui/use-zod-form';
import type { Problem } from '../../../lib/describe-issue';
import { describeStorageError } from '../../../lib/storage-errors';
import { useCreateGoal } from '../api/goals-queries';
import type { GoalFields } from '../model/goal';
import { goalFormSchema, toGoalFormValues } from '../model/goal-form';
import { GoalFormFields } from './goal-form-fields';

export interface GoalCreateFormProps {
  roadmapId: string;
  draft: GoalFields;
  onDone: () => void;
}

/** A new goal is written only when the team says so ("Save goal"), and only when it is valid. */
export function GoalCreateForm({ roadmapId, draft, onDone }: GoalCreateFormProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const create = useCreateGoal(roadmapId);
  const [problems, setProblems] = useState<Problem[]>([]);
  const { register, handleSubmit, formState } = useZodForm(goalFormSchema(i18n.language), {
    defaultValues: toGoalFormValues(draft, i18n.language),
  });

  const save = async (fields: GoalFields) => {
    setProblems([]);
    try {
      const goal = await create.mutateAsync(fields);
      toast({ message: t('goals.created', { title: goal.title }) });
      onDone();
    } catch (error) {
      setProblems([describeStorageError(error)]);
    }
  };

  return (
    <form className="form goal-form" noValidate onSubmit={handleSubmit(save)}>
      <GoalFormFields register={register} errors={formState.errors} />
      {problems.length > 0 ? (
        <ProblemAlert title={t('goals.actionFailed')} problems={problems} />
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('goals.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {t('goals.save')}
        </button>
      </div>
    </form>
  );
}
