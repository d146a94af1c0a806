import { useTranslation } from '../../../components/ui/translation';
import { useUndoableRemove } from '../../../core/kit/use-undoable-remove';
import { useDeleteGoal } from '../api/goals-queries';
import type { Goal } from '../model/goal';

/** Deletes a goal (already confirmed) and offers to undo it for a few seconds. */
export function useGoalDeletion(roadmapId: string) {
  const { t } = useTranslation();
  const remove = useDeleteGoal(roadmapId);
  const removeWithUndo = useUndoableRemove(roadmapId);
  return (goal: Goal) =>
    removeWithUndo(() => remove.mutateAsync(goal.id), {
      removed: t('goals.deleted', { title: goal.title }),
      restored: t('goals.restored', { title: goal.title }),
    });
}
