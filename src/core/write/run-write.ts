import { recordChanges, type RowChange } from '../../db/change-recorder';
import { db } from '../../db/database';
import { nowIso } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { TableFullError } from '../../lib/storage-errors';
import { tableRowLimit } from '../stage-registry';
import { isMeaningfulChange, sameValue } from './merge-rows';
import type { HistoryLabel, UndoStep } from './undo-step';

/** How many steps of each roadmap's journal are kept (a reload keeps them all). */
export const journalLength = 100;
/** Saves of the same field within this time merge into one step. */
const coalesceWindowMs = 10_000;

/** One change per row: the row before the first write to it and after the last one. */
function collapse(changes: readonly RowChange[]): RowChange[] {
  const byRow = new Map<string, RowChange>();
  for (const change of changes) {
    const id = `${change.table}\u0000${change.key}`;
    const seen = byRow.get(id);
    if (seen) seen.after = change.after;
    else byRow.set(id, { ...change });
  }
  return [...byRow.values()].filter((change) => !sameValue(change.before, change.after));
}

const hasMeaningful = (changes: readonly RowChange[]) =>
  changes.some((change) => isMeaningfulChange(change.table, change.before, change.after));

export function stepsOf(roadmapId: string) {
  return db.undoSteps
    .where('[roadmapId+seq]')
    .between([roadmapId, -Infinity], [roadmapId, Infinity]);
}

/** The step Undo would undo now. */
export function lastDoneStep(roadmapId: string): Promise<UndoStep | undefined> {
  return stepsOf(roadmapId)
    .reverse()
    .filter((step) => step.state === 'done')
    .first();
}

/** The steps Redo would redo, the next one first. */
export function undoneSteps(roadmapId: string): Promise<UndoStep[]> {
  return db.undoSteps.where('[roadmapId+state]').equals([roadmapId, 'undone']).sortBy('seq');
}

async function appendStep(
  roadmapId: string,
  label: HistoryLabel,
  changes: RowChange[],
  coalesceKey: string | undefined,
): Promise<void> {
  const last = await stepsOf(roadmapId).last();
  // A new edit ends the redo branch, as in every editor.
  const undone = await undoneSteps(roadmapId);
  if (undone.length > 0) await db.undoSteps.bulkDelete(undone.map((step) => step.id));
  const now = nowIso();
  const top = undone.length === 0 ? last : await lastDoneStep(roadmapId);
  if (
    coalesceKey !== undefined &&
    undone.length === 0 &&
    top?.coalesceKey === coalesceKey &&
    Date.now() - Date.parse(top.updatedAt) < coalesceWindowMs
  ) {
    const merged = collapse([...top.changes, ...changes]);
    if (!hasMeaningful(merged)) await db.undoSteps.delete(top.id);
    else await db.undoSteps.put({ ...top, changes: merged, updatedAt: now });
    return;
  }
  await db.undoSteps.add({
    id: newId(),
    roadmapId,
    seq: (last?.seq ?? 0) + 1,
    state: 'done',
    label,
    coalesceKey,
    changes,
    createdAt: now,
    updatedAt: now,
  });
  const done = db.undoSteps.where('[roadmapId+state]').equals([roadmapId, 'done']);
  const excess = (await done.count()) - journalLength;
  if (excess > 0) {
    const oldest = await stepsOf(roadmapId).limit(excess).primaryKeys();
    await db.undoSteps.bulkDelete(oldest);
  }
}

/** Refuses a write that leaves a table with more rows than a roadmap may hold. */
async function refuseOverfullTables(roadmapId: string, changes: readonly RowChange[]) {
  const grown = new Set(changes.filter((change) => !change.before).map((change) => change.table));
  for (const table of grown) {
    const maximum = tableRowLimit(table);
    if (maximum === undefined) continue;
    const count = await db.table(table).where('roadmapId').equals(roadmapId).count();
    if (count > maximum) throw new TableFullError(table, maximum);
  }
}

export interface WriteOptions<T> {
  label: HistoryLabel | ((result: T) => HistoryLabel);
  coalesceKey?: string;
}

/**
 * Runs one user edit as one transaction over every table: the write (repository functions may open
 * their own, nested, transactions), and the undo step recording each row it changed. Either all of
 * it is stored or none of it. A write that changes nothing the user can see records no step, and
 * one that would pass a table's `maxRows` stores nothing (`TableFullError`).
 */
export function runWrite<T>(
  roadmapId: string,
  options: WriteOptions<T>,
  write: () => Promise<T>,
): Promise<T> {
  return db.transaction('rw', db.tables, async (transaction) => {
    const changes = recordChanges(transaction.idbtrans);
    const result = await write();
    const collapsed = collapse(changes);
    await refuseOverfullTables(roadmapId, collapsed);
    if (hasMeaningful(collapsed)) {
      const label = typeof options.label === 'function' ? options.label(result) : options.label;
      await appendStep(roadmapId, label, collapsed, options.coalesceKey);
    }
    return result;
  });
}
