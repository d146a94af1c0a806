import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateStageWrite } from '../../../core/invalidate-stage-write';
import type { GoalFields } from '../model/goal';
import {
  createGoal,
  deleteGoal,
  getGoals,
  restoreGoal,
  updateGoal,
  type RemovedGoal,
} from './goals-repository';

/** Goal queries sit under the roadmap's rows, so a change from another tab refreshes them too. */
export const goalQueries = {
  all: (roadmapId: string) => ['roadmaps', 'rows', roadmapId, 'goals'] as const,
  list: (roadmapId: string) =>
    queryOptions({
      queryKey: goalQueries.all(roadmapId),
      queryFn: () => getGoals(roadmapId),
    }),
};

/** After any goal write: the goals, and the stage's progress in the library and the stepper. */
function useInvalidateGoals(roadmapId: string) {
  const queryClient = useQueryClient();
  return () =>
    // Deleting a goal also edits the KPIs that served it: refresh every row of the roadmap.
    invalidateStageWrite(queryClient, roadmapId);
}

export function useCreateGoal(roadmapId: string) {
  const invalidate = useInvalidateGoals(roadmapId);
  return useMutation({
    mutationFn: (fields: GoalFields) => createGoal(roadmapId, fields),
    onSettled: invalidate,
  });
}

export function useUpdateGoal(roadmapId: string) {
  const invalidate = useInvalidateGoals(roadmapId);
  return useMutation({
    mutationFn: ({ goalId, fields }: { goalId: string; fields: GoalFields }) =>
      updateGoal(roadmapId, goalId, fields),
    onSettled: invalidate,
  });
}

export function useDeleteGoal(roadmapId: string) {
  const invalidate = useInvalidateGoals(roadmapId);
  return useMutation({
    mutationFn: (goalId: string) => deleteGoal(roadmapId, goalId),
    onSettled: invalidate,
  });
}

export function useRestoreGoal(roadmapId: string) {
  const invalidate = useInvalidateGoals(roadmapId);
  return useMutation({
    mutationFn: (removed: RemovedGoal) => restoreGoal(removed),
    onSettled: invalidate,
  });
}
