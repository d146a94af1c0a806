import { useTranslation } from 'react-i18next';
import { useToast } from '../../../components/ui/toasts';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { describeStorageError } from '../../../lib/storage-errors';
import { useDeleteGoal, useRestoreGoal } from '../api/goals-queries';
import type { Goal } from '../model/goal';

/** Deletes a goal (already confirmed) and offers to undo it for a few seconds. */
export function useGoalDeletion(roadmapId: string) {
  const { t } = useTranslation();
  const toast = useToast();
  const problemText = useProblemText();
  const remove = useDeleteGoal(roadmapId);
  const restore = useRestoreGoal(roadmapId);

  const fail = (error: unknown) =>
    toast({ tone: 'error', message: problemText(describeStorageError(error)) });

  return async (goal: Goal) => {
    try {
      const removed = await remove.mutateAsync(goal.id);
      toast({
        message: t('goals.deleted', { title: removed.goal.title }),
        duration: 8000,
        action: {
          label: t('goals.undo'),
          onAction: () =>
            void restore
              .mutateAsync(removed)
              .then(() => toast({ message: t('goals.restored', { title: removed.goal.title }) }))
              .catch(fail),
        },
      });
    } catch (error) {
      fail(error);
    }
  };
}
