import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readRoadmapFile } from '../core/file/read-file';
import { roadmapFileVersion } from '../core/file/roadmap-file';
import { registerStages } from '../core/stage-registry';
import type { StageDescriptor, StageTable } from '../core/stage-descriptor';
import { db, RottaDatabase } from '../db/database';
import { databaseVersions } from '../db/schema-history';
import { goalsStage } from '../features/goals/stage';
import {
  deleteRoadmap,
  duplicateRoadmap,
  exportRoadmap,
  importRoadmapFile,
} from '../features/roadmaps/api/roadmaps-repository';
import { roadmapRowShape, textSchema } from '../lib/schema-primitives';
import { makeRoadmapFile } from '../test/generators';
import { resetDatabase } from '../test/reset-database';
import { stages } from './stages';

/*
 * Adding a table to a stage must touch only that stage's folder and one new database version.
 * This test does exactly that, in the test only: a throwaway `goalComments` table is added to the
 * goals descriptor and one version is appended to the database's history. Nothing else changes,
 * and the table is exported, imported, duplicated, deleted and upgraded like any other.
 */
const added = vi.hoisted(() => ({ table: 'goalComments', indexes: 'id, roadmapId, goalId' }));

vi.mock('../db/schema-history', async (importOriginal) => {
  const shipped = await importOriginal<typeof import('../db/schema-history')>();
  const version = shipped.latestDatabaseVersion + 1;
  return {
    ...shipped,
    databaseVersions: [
      ...shipped.databaseVersions,
      { version, stores: { [added.table]: added.indexes } },
    ],
    latestDatabaseVersion: version,
  };
});

const goalCommentSchema = z.strictObject({
  ...roadmapRowShape,
  goalId: z.string().min(1),
  text: textSchema(200),
});

const shippedFileVersion = roadmapFileVersion(stages);
const nextFileVersion = shippedFileVersion + 1;
/** A file as the app writes it today, before the table was added. */
const shippedFile = (seed: number, size: Parameters<typeof makeRoadmapFile>[1]) => ({
  ...makeRoadmapFile(seed, size),
  version: shippedFileVersion,
});

const goalComments: StageTable = {
  schema: goalCommentSchema,
  indexes: added.indexes,
  maxRows: 500,
  // The next file version carries it; older files get it empty.
  sinceFileVersion: nextFileVersion,
};

// The test cannot declare the row type for the whole program, so the table is added untyped.
const goalsWithComments: StageDescriptor = {
  ...goalsStage,
  tables: { ...goalsStage.tables, [added.table]: goalComments } as StageDescriptor['tables'],
};
const stagesWithComments = stages.map((stage) =>
  stage.slug === 'goals' ? goalsWithComments : stage,
);

const commentsOf = (roadmapId: string) =>
  db.table(added.table).where('roadmapId').equals(roadmapId).toArray();

beforeEach(async () => {
  registerStages(stagesWithComments);
  await resetDatabase();
});
afterEach(() => registerStages(stages));

describe('a table added to one stage', () => {
  it('is created by the new database version, which keeps what the previous one stored', async () => {
    const name = 'rotta-add-a-table-test';
    const previous = databaseVersions.length - 1;
    const old = new RottaDatabase(name, previous);
    await old.table('goals').add({ id: 'g1', roadmapId: 'r1' });
    old.close();
    const upgraded = new RottaDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(previous + 1);
    expect(await upgraded.table('goals').toArray()).toEqual([{ id: 'g1', roadmapId: 'r1' }]);
    expect(await upgraded.table(added.table).count()).toBe(0);
    upgraded.close();
    await RottaDatabase.delete(name);
  });

  it('comes empty out of an older file, which is upgraded to the new file version', () => {
    const read = readRoadmapFile(JSON.stringify(shippedFile(1, { goals: 1 })));
    expect(read.ok && read.value.version).toBe(nextFileVersion);
    expect(read.ok && (read.value.rows as Record<string, unknown[]>)[added.table]).toEqual([]);
  });

  it('is exported, imported with new ids, duplicated and deleted with its roadmap', async () => {
    const read = readRoadmapFile(JSON.stringify(shippedFile(2, { goals: 1 })));
    if (!read.ok) throw new Error('the generated file should read');
    const roadmap = await importRoadmapFile(read.value);
    const [goal] = await db.goals.where('roadmapId').equals(roadmap.id).toArray();
    const stamp = '2026-01-01T00:00:00.000Z';
    await db.table(added.table).add({
      id: 'comment-1',
      roadmapId: roadmap.id,
      createdAt: stamp,
      updatedAt: stamp,
      goalId: goal!.id,
      text: 'Ask finance',
    });

    const exported = await exportRoadmap(roadmap.id);
    const exportedComments = (exported.rows as Record<string, unknown[]>)[added.table];
    expect(exportedComments).toEqual([expect.objectContaining({ goalId: goal!.id })]);

    // Through the file: the text goes through JSON, the reader's schema and checks, and import.
    const reread = readRoadmapFile(JSON.stringify(exported));
    if (!reread.ok) throw new Error(JSON.stringify(reread.problems));
    const imported = await importRoadmapFile(reread.value);
    const [importedGoal] = await db.goals.where('roadmapId').equals(imported.id).toArray();
    expect(await commentsOf(imported.id)).toEqual([
      expect.objectContaining({ goalId: importedGoal!.id, text: 'Ask finance' }),
    ]);

    const copy = await duplicateRoadmap(roadmap.id, 'Copy');
    const [copiedGoal] = await db.goals.where('roadmapId').equals(copy.id).toArray();
    const copied = await commentsOf(copy.id);
    expect(copied).toEqual([expect.objectContaining({ goalId: copiedGoal!.id })]);
    expect(copied[0].id).not.toBe('comment-1');

    const removed = await deleteRoadmap(roadmap.id);
    expect((removed?.rows as Record<string, unknown[]>)[added.table]).toHaveLength(1);
    expect(await commentsOf(roadmap.id)).toEqual([]);
    expect(await commentsOf(copy.id)).toHaveLength(1);
  });

  it('is refused in a file when a row breaks its schema', () => {
    const file = { ...makeRoadmapFile(3), version: nextFileVersion };
    const rows = { ...file.rows, [added.table]: [{ id: 'c', roadmapId: file.roadmap.id }] };
    const read = readRoadmapFile(JSON.stringify({ ...file, rows }));
    expect(read.ok).toBe(false);
  });
});
