import { db } from '../../../db/database';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { progressTables, refreshStageProgress } from '../../../core/stage-progress';
import type { Kpi } from '../../kpis';
import { goalSchema, type Goal, type GoalFields } from '../model/goal';

/** The goals of one roadmap, in the order the team added them. */
export async function getGoals(roadmapId: string): Promise<Goal[]> {
  return db.goals.where('roadmapId').equals(roadmapId).sortBy('position');
}

/**
 * Runs a goal write and the progress refresh in one transaction: all or nothing. Stage 4 is done
 * only when every goal has a KPI, so its status is refreshed with the goals.
 */
function goalsTransaction<T>(roadmapId: string, write: () => Promise<T>): Promise<T> {
  const tables = [...progressTables('goals'), ...progressTables('kpis'), db.goalVotes];
  return db.transaction('rw', tables, async () => {
    const result = await write();
    await refreshStageProgress(roadmapId, 'goals');
    await refreshStageProgress(roadmapId, 'kpis');
    return result;
  });
}

/** A deleted goal and the KPIs as they were before it was taken out of them, for undo. */
export interface RemovedGoal {
  goal: Goal;
  kpis: Kpi[];
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
 * Changes the given fields of a goal (the others stay as stored, whoever changed them last),
 * validates the whole goal with its rules and refreshes the stage's progress in the same
 * transaction. An invalid change throws and leaves the stored goal as it was.
 */
export function updateGoal(
  roadmapId: string,
  goalId: string,
  fields: Partial<GoalFields>,
): Promise<Goal> {
  return goalsTransaction(roadmapId, async () => {
    const existing = await existingGoal(roadmapId, goalId);
    const goal = goalSchema.parse({
      ...existing,
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
 * Removes a goal, takes it out of the KPIs that served it, and refreshes progress, in one
 * transaction. Returns what `restoreGoal` needs to put everything back (undo).
 */
export function deleteGoal(roadmapId: string, goalId: string): Promise<RemovedGoal> {
  return goalsTransaction(roadmapId, async () => {
    const goal = await existingGoal(roadmapId, goalId);
    const kpis = (await db.kpis.where('roadmapId').equals(roadmapId).toArray()).filter((kpi) =>
      kpi.goalIds.includes(goalId),
    );
    const now = nowIso();
    await db.kpis.bulkPut(
      kpis.map((kpi) => ({
        ...kpi,
        goalIds: kpi.goalIds.filter((id) => id !== goalId),
        updatedAt: now,
      })),
    );
    // The room's dots on it go with it (Undo brings them back with the goal).
    await db.goalVotes.where('optionId').equals(goalId).delete();
    await db.goals.delete(goalId);
    return { goal, kpis };
  });
}
