import type { RowChange } from '../../db/change-recorder';
import { db } from '../../db/database';
import { nowIso } from '../../lib/dates';
import { moveFields } from './merge-rows';
import { lastDoneStep, undoneSteps } from './run-write';
import type { HistoryLabel, UndoStep } from './undo-step';

type Row = Record<string, unknown>;

let refreshProgress: ((roadmapId: string) => Promise<void>) | null = null;

/**
 * How a roadmap's stage statuses are recomputed from its rows; registered by the code that owns
 * the progress rules. Undo and redo run it in their transaction, so the library and the stepper
 * follow whatever the step put back, whatever happened in between.
 */
export function registerProgressRefresh(refresh: (roadmapId: string) => Promise<void>): void {
  refreshProgress = refresh;
}

/** What the roadmap's Undo and Redo would do now. */
export interface HistoryState {
  undo: HistoryLabel | null;
  redo: HistoryLabel | null;
}

export async function getHistory(roadmapId: string): Promise<HistoryState> {
  const [done, undone] = await Promise.all([lastDoneStep(roadmapId), undoneSteps(roadmapId)]);
  return { undo: done?.label ?? null, redo: undone[0]?.label ?? null };
}

/** Moves one row from its `from` state to its `to` state, keeping what changed since elsewhere. */
async function applyChange(change: RowChange, direction: 'undo' | 'redo', now: string) {
  const from = direction === 'undo' ? change.after : change.before;
  const to = direction === 'undo' ? change.before : change.after;
  const table = db.table(change.table);
  const current = (await table.get(change.key)) as Row | undefined;
  if (to === undefined) {
    if (current !== undefined) await table.delete(change.key);
    return;
  }
  if (from === undefined) {
    // The row comes back exactly as it was (a deleted row restored, an added row added again).
    await table.put({ ...to, updatedAt: now });
    return;
  }
  // Edited here, deleted since (in another tab): it stays deleted.
  if (current === undefined) return;
  await table.put({ ...moveFields(current, from, to), updatedAt: now });
}

/** The id of the step Undo would undo now: a toast's Undo acts only while it is still that one. */
export async function latestStepId(roadmapId: string): Promise<string | null> {
  return (await lastDoneStep(roadmapId))?.id ?? null;
}

async function move(
  roadmapId: string,
  direction: 'undo' | 'redo',
  onlyStepId?: string,
): Promise<HistoryLabel | null> {
  return db.transaction('rw', db.tables, async () => {
    const step: UndoStep | undefined =
      direction === 'undo' ? await lastDoneStep(roadmapId) : (await undoneSteps(roadmapId))[0];
    if (!step || (onlyStepId !== undefined && step.id !== onlyStepId)) return null;
    const now = nowIso();
    const changes = direction === 'undo' ? [...step.changes].reverse() : step.changes;
    for (const change of changes) await applyChange(change, direction, now);
    if (await db.roadmaps.get(roadmapId)) await refreshProgress?.(roadmapId);
    await db.undoSteps.update(step.id, {
      state: direction === 'undo' ? 'undone' : 'done',
      updatedAt: now,
    });
    return step.label;
  });
}

/**
 * Undoes the roadmap's latest step in one transaction: every row it changed goes back, field by
 * field where the row was edited since. If anything fails (a value now taken by another row),
 * nothing changes and the step stays available. With `onlyStepId`, only if that step is still the
 * latest one. Returns what was undone, or null.
 */
export function undo(roadmapId: string, onlyStepId?: string): Promise<HistoryLabel | null> {
  return move(roadmapId, 'undo', onlyStepId);
}

/** Redoes the step undone most recently, with the same guarantees as `undo`. */
export function redo(roadmapId: string): Promise<HistoryLabel | null> {
  return move(roadmapId, 'redo');
}
