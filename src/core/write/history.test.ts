// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/database';
import { resetDatabase } from '../../test/reset-database';
// Undo and redo recompute the roadmap's progress through the refresh this module registers, as in
// the app; imported here so the test does not depend on which test file loaded it first.
import '../stage-progress';
import { getHistory, redo, undo } from './history';
import { TableFullError } from '../../lib/storage-errors';
import { tableRowLimit } from '../stage-registry';
import { journalLength, runWrite } from './run-write';
import type { HistoryLabel } from './undo-step';

const roadmapId = 'roadmap-1';
const label: HistoryLabel = { action: 'edit', stage: 'goals' };
const now = '2026-01-01T00:00:00.000Z';

function goal(id: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    roadmapId,
    createdAt: now,
    updatedAt: now,
    position: 0,
    catalogKey: null,
    title,
    description: '',
    direction: 'decrease',
    baseline: null,
    target: null,
    unit: '',
    startDate: '',
    deadline: '',
    benefit: 'Fewer people waiting',
    priority: 'medium',
    owner: '',
    ...extra,
  };
}

const goalRow = async (id: string) => (await db.table('goals').get(id)) as Record<string, unknown>;

beforeEach(async () => {
  await resetDatabase();
  await db
    .table('roadmaps')
    .add({ id: roadmapId, name: 'R', progress: {}, createdAt: now, updatedAt: now });
});

describe('the undo journal', () => {
  it('undoes and redoes an add, an edit and a delete, in order', async () => {
    await runWrite(roadmapId, { label: { action: 'add', stage: 'goals' } }, () =>
      db.table('goals').add(goal('g1', 'Fewer calls')),
    );
    await runWrite(roadmapId, { label }, () =>
      db.table('goals').update('g1', { title: 'Far fewer calls' }),
    );
    await runWrite(roadmapId, { label: { action: 'remove', stage: 'goals' } }, () =>
      db.table('goals').delete('g1'),
    );
    expect(await goalRow('g1')).toBeUndefined();
    expect(await getHistory(roadmapId)).toEqual({
      undo: { action: 'remove', stage: 'goals' },
      redo: null,
    });

    await undo(roadmapId);
    expect((await goalRow('g1')).title).toBe('Far fewer calls');
    await undo(roadmapId);
    expect((await goalRow('g1')).title).toBe('Fewer calls');
    await undo(roadmapId);
    expect(await goalRow('g1')).toBeUndefined();
    expect(await undo(roadmapId)).toBeNull();

    await redo(roadmapId);
    await redo(roadmapId);
    expect((await goalRow('g1')).title).toBe('Far fewer calls');
    expect((await getHistory(roadmapId)).redo).toEqual({ action: 'remove', stage: 'goals' });
  });

  it('records writes made inside nested transactions, and a new edit ends the redo branch', async () => {
    await runWrite(roadmapId, { label }, () =>
      db.transaction('rw', db.table('goals'), () => db.table('goals').add(goal('g1', 'A'))),
    );
    await undo(roadmapId);
    expect((await getHistory(roadmapId)).redo).not.toBeNull();
    await runWrite(roadmapId, { label }, () => db.table('goals').add(goal('g2', 'B')));
    expect((await getHistory(roadmapId)).redo).toBeNull();
  });

  it('reverts only the fields the step changed, keeping what changed since', async () => {
    await db.table('goals').add(goal('g1', 'A', { owner: 'Ann', unit: 'calls' }));
    await runWrite(roadmapId, { label }, () => db.table('goals').update('g1', { owner: 'Bob' }));
    // Another tab changes the unit afterwards, outside this journal.
    await db.table('goals').update('g1', { unit: 'minutes' });
    await undo(roadmapId);
    const row = await goalRow('g1');
    expect(row.owner).toBe('Ann');
    expect(row.unit).toBe('minutes');
  });

  it('reverts nested objects field by field', async () => {
    await db.table('subjects').add({
      id: 's1',
      roadmapId,
      evidence: { digital: 'old digital', culture: 'old culture' },
    });
    await runWrite(roadmapId, { label }, () =>
      db.table('subjects').update('s1', { 'evidence.digital': 'new digital' }),
    );
    await db.table('subjects').update('s1', { 'evidence.culture': 'typed elsewhere' });
    await undo(roadmapId);
    expect(((await db.table('subjects').get('s1')) as { evidence: unknown }).evidence).toEqual({
      digital: 'old digital',
      culture: 'typed elsewhere',
    });
  });

  it('makes one step of saves of the same field in quick succession', async () => {
    await db.table('goals').add(goal('g1', ''));
    for (const title of ['F', 'Fe', 'Few']) {
      await runWrite(roadmapId, { label, coalesceKey: 'goal-title-g1' }, () =>
        db.table('goals').update('g1', { title }),
      );
    }
    expect(await db.table('undoSteps').count()).toBe(1);
    await undo(roadmapId);
    expect((await goalRow('g1')).title).toBe('');
  });

  it('records no step for a write that changes nothing', async () => {
    await db.table('goals').add(goal('g1', 'Same'));
    await runWrite(roadmapId, { label }, () =>
      db.table('goals').update('g1', { title: 'Same', updatedAt: 'later' }),
    );
    expect(await db.table('undoSteps').count()).toBe(0);
  });

  it(`keeps the last ${journalLength} steps`, async () => {
    await db.table('goals').add(goal('g1', '0'));
    for (let index = 1; index <= journalLength + 5; index += 1) {
      await runWrite(roadmapId, { label }, () =>
        db.table('goals').update('g1', { title: String(index) }),
      );
    }
    expect(await db.table('undoSteps').count()).toBe(journalLength);
  });

  it('stores nothing when the write fails, and keeps the undo when undoing fails', async () => {
    await expect(
      runWrite(roadmapId, { label }, async () => {
        await db.table('goals').add(goal('g1', 'A'));
        throw new Error('validation failed');
      }),
    ).rejects.toThrow('validation failed');
    expect(await db.table('goals').count()).toBe(0);
    expect(await db.table('undoSteps').count()).toBe(0);

    await db.table('measurements').add({ id: 'm1', roadmapId, kpiId: 'k', date: '2026-01-01' });
    await runWrite(roadmapId, { label }, () => db.table('measurements').delete('m1'));
    // Meanwhile the same date gets another value: the unique index refuses the restored row.
    await db.table('measurements').add({ id: 'm2', roadmapId, kpiId: 'k', date: '2026-01-01' });
    await expect(undo(roadmapId)).rejects.toThrow();
    expect((await getHistory(roadmapId)).undo).toEqual(label);
  });
});

describe('the table limits', () => {
  const phase = (index: number) => ({
    id: `p${index}`,
    roadmapId,
    createdAt: now,
    updatedAt: now,
    name: `Phase ${index}`,
    position: index,
  });
  const addPhases = (from: number, count: number) =>
    runWrite(roadmapId, { label: { action: 'add', stage: 'journey' } }, () =>
      db.table('journeyPhases').bulkAdd(Array.from({ length: count }, (_, i) => phase(from + i))),
    );

  it('refuses a write that passes a table’s limit and stores none of it', async () => {
    const maximum = tableRowLimit('journeyPhases') ?? NaN;
    expect(maximum).toBeGreaterThan(2);
    await addPhases(0, maximum - 1);
    const stepsBefore = await db.undoSteps.count();
    // Two more would pass the limit by one: neither is stored, and no undo step is kept.
    await expect(addPhases(maximum - 1, 2)).rejects.toBeInstanceOf(TableFullError);
    expect(await db.table('journeyPhases').count()).toBe(maximum - 1);
    expect(await db.undoSteps.count()).toBe(stepsBefore);
    // Exactly up to the limit is fine, and editing a full table too.
    await addPhases(maximum - 1, 1);
    await runWrite(roadmapId, { label }, () =>
      db.table('journeyPhases').update('p0', { name: 'Renamed' }),
    );
    expect(await db.table('journeyPhases').count()).toBe(maximum);
  });

  it('counts only the roadmap that is written to', async () => {
    const maximum = tableRowLimit('journeyPhases') ?? NaN;
    await db
      .table('journeyPhases')
      .bulkAdd(
        Array.from({ length: maximum }, (_, i) => ({ ...phase(100 + i), roadmapId: 'other' })),
      );
    await addPhases(0, 1);
    expect(await db.table('journeyPhases').where('roadmapId').equals(roadmapId).count()).toBe(1);
  });
});
