import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../core/query-keys';
import { defineWrite, fieldEditKey, useWrite } from '../../../core/write/define-write';
import { defineDotVotes } from '../../workshop';
import type { GoalFields } from '../model/goal';
import { loadOnce } from '../../../core/stage-descriptor';

/** The code that reads and writes the stage's rows, kept once loaded (see loadOnce). */
export const repository = loadOnce(() => import('./goals-repository'));

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
  coalesce: ({ goalId, fields }) => fieldEditKey('goals.update', goalId, fields),
});

export const deleteGoalWrite = defineWrite({
  name: 'goals.delete',
  load: repository,
  write: (repo, roadmapId, goalId: string) => repo.deleteGoal(roadmapId, goalId),
  label: (_goalId, removed) => ({ action: 'remove', stage: 'goals', name: removed.goal.title }),
});

export interface GoalTargets {
  /** Goals that get new numbers: only these fields change, the rest stays as the team wrote it. */
  updates: GoalPatch[];
  /** Goals that do not exist yet. */
  creates: GoalFields[];
}

/** Numbers from another stage (the savings plan) written into several goals as one undo step. */
export const setGoalTargetsWrite = defineWrite({
  name: 'goals.setTargets',
  load: repository,
  write: async (repo, roadmapId, { updates, creates }: GoalTargets) => {
    const titles: string[] = [];
    for (const { goalId, fields } of updates) {
      titles.push((await repo.updateGoal(roadmapId, goalId, fields)).title);
    }
    for (const fields of creates) titles.push((await repo.createGoal(roadmapId, fields)).title);
    return titles;
  },
  label: () => ({ action: 'fill', stage: 'goals' }),
});

export const useCreateGoal = (roadmapId: string) => useWrite(createGoalWrite, roadmapId);
export const useUpdateGoal = (roadmapId: string) => useWrite(updateGoalWrite, roadmapId);
export const useSetGoalTargets = (roadmapId: string) => useWrite(setGoalTargetsWrite, roadmapId);
export const useDeleteGoal = (roadmapId: string) => useWrite(deleteGoalWrite, roadmapId);

/** The room's dot-vote on the goals. */
export const goalBallot = defineDotVotes('goals', 'goalVotes');
