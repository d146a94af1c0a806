import { db } from '../../../db/database';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { progressTables, refreshStageProgress } from '../../roadmaps/api/stage-progress';
import { goalSchema, type Goal, type GoalFields } from '../model/goal';

/** The goals of one roadmap, in the order the team added them. */
export async function getGoals(roadmapId: string): Promise<Goal[]> {
  return db.goals.where('roadmapId').equals(roadmapId).sortBy('position');
}

/** Runs a goal write and the stage's progress refresh in one transaction: all or nothing. */
function goalsTransaction<T>(roadmapId: string, write: () => Promise<T>): Promise<T> {
  return db.transaction('rw', progressTables('goals'), async () => {
    const result = await write();
    await refreshStageProgress(roadmapId, 'goals');
    return result;
  });
}

async function existingGoal(roadmapId: string, goalId: string): Promise<Goal> {
  const goal = await db.goals.get(goalId);
  if (!goal || goal.roadmapId !== roadmapId) throw new Error(`Goal ${goalId} does not exist`);
  return goal;
}

/**
 * Adds a goal after the roadmap's other goals. The row is validated before it is written and the
 * stage's progress is refreshed in the same transaction; if either fails, nothing is stored.
 */
export function createGoal(roadmapId: string, fields: GoalFields): Promise<Goal> {
  return goalsTransaction(roadmapId, async () => {
    const others = await db.goals.where('roadmapId').equals(roadmapId).toArray();
    const now = nowIso();
    const goal = goalSchema.parse({
      ...fields,
      id: newId(),
      roadmapId,
      createdAt: now,
      updatedAt: now,
      position: others.reduce((next, other) => Math.max(next, other.position + 1), 0),
    });
    await db.goals.add(goal);
    return goal;
  });
}

/**
 * Replaces a goal's editable fields, validated with the goal's rules, and refreshes the stage's
 * progress in the same transaction. An invalid change throws and leaves the stored goal as it was.
 */
export function updateGoal(roadmapId: string, goalId: string, fields: GoalFields): Promise<Goal> {
  return goalsTransaction(roadmapId, async () => {
    const existing = await existingGoal(roadmapId, goalId);
    const goal = goalSchema.parse({
      ...fields,
      id: existing.id,
      roadmapId,
      createdAt: existing.createdAt,
      updatedAt: nowIso(),
      position: existing.position,
    });
    await db.goals.put(goal);
    return goal;
  });
}

/**
 * Removes a goal and refreshes the stage's progress in one transaction. Returns the removed row,
 * which `restoreGoal` puts back unchanged (undo).
 */
export function deleteGoal(roadmapId: string, goalId: string): Promise<Goal> {
  return goalsTransaction(roadmapId, async () => {
    const goal = await existingGoal(roadmapId, goalId);
    await db.goals.delete(goalId);
    return goal;
  });
}

/** Puts a deleted goal back exactly as it was (same id and position), in one transaction. */
export function restoreGoal(goal: Goal): Promise<Goal> {
  return goalsTransaction(goal.roadmapId, async () => {
    const restored = goalSchema.parse(goal);
    await db.goals.add(restored);
    return restored;
  });
}
