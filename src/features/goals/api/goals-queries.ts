import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../core/query-keys';
import { defineWrite, useWrite } from '../../../core/write/define-write';
import type { GoalFields } from '../model/goal';

const repository = () => import('./goals-repository');

/** Goal queries sit under the roadmap's rows, so a change from another tab refreshes them too. */
export const goalQueries = {
  all: (roadmapId: string) => queryKeys.stage(roadmapId, 'goals'),
  list: (roadmapId: string) =>
    queryOptions({
      queryKey: goalQueries.all(roadmapId),
      queryFn: async () => (await repository()).getGoals(roadmapId),
    }),
};

export const createGoalWrite = defineWrite({
  name: 'goals.create',
  load: repository,
  write: (repo, roadmapId, fields: GoalFields) => repo.createGoal(roadmapId, fields),
  label: (fields) => ({ action: 'add', stage: 'goals', name: fields.title }),
});

export interface GoalPatch {
  goalId: string;
  /** Only the fields the user changed: another tab's edit of the other fields is kept. */
  fields: Partial<GoalFields>;
}

export const updateGoalWrite = defineWrite({
  name: 'goals.update',
  load: repository,
  write: (repo, roadmapId, { goalId, fields }: GoalPatch) =>
    repo.updateGoal(roadmapId, goalId, fields),
  label: (_patch, goal) => ({ action: 'edit', stage: 'goals', name: goal.title }),
  coalesce: ({ goalId, fields }) => `goals.update:${goalId}:${Object.keys(fields).sort().join()}`,
});

export const deleteGoalWrite = defineWrite({
  name: 'goals.delete',
  load: repository,
  write: (repo, roadmapId, goalId: string) => repo.deleteGoal(roadmapId, goalId),
  label: (_goalId, removed) => ({ action: 'remove', stage: 'goals', name: removed.goal.title }),
});

export const useCreateGoal = (roadmapId: string) => useWrite(createGoalWrite, roadmapId);
export const useUpdateGoal = (roadmapId: string) => useWrite(updateGoalWrite, roadmapId);
export const useDeleteGoal = (roadmapId: string) => useWrite(deleteGoalWrite, roadmapId);
