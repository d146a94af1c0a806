import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RottaDatabase } from './database';
import { databaseVersions, latestDatabaseVersion } from './schema-history';

const testDatabaseName = 'rotta-schema-history-test';
const stamp = '2026-01-01T00:00:00.000Z';

/** Rows as the first release wrote them. Later versions add their own fixtures next to this one. */
const version1Rows = {
  roadmaps: [
    {
      id: 'r1',
      name: 'Old roadmap',
      company: 'Acme',
      workshopDate: '',
      author: '',
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
      progress: { goals: 'in-progress' },
    },
  ],
  stageNotes: [
    {
      id: 'n1',
      roadmapId: 'r1',
      stage: 'goals',
      text: 'Fewer calls',
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
};

afterEach(() => Dexie.delete(testDatabaseName));

describe('database version history', () => {
  it('numbers its versions 1, 2, 3... without gaps', () => {
    expect(databaseVersions.map((entry) => entry.version)).toEqual(
      databaseVersions.map((_, index) => index + 1),
    );
  });

  it('opens a database written by version 1 and keeps every row', async () => {
    const old = new RottaDatabase(testDatabaseName, 1);
    await old.table('roadmaps').bulkAdd(version1Rows.roadmaps);
    await old.table('stageNotes').bulkAdd(version1Rows.stageNotes);
    old.close();

    const current = new RottaDatabase(testDatabaseName, latestDatabaseVersion);
    await current.open();
    expect(current.verno).toBe(latestDatabaseVersion);
    expect(await current.roadmaps.toArray()).toEqual(version1Rows.roadmaps);
    expect(
      await current.stageNotes.where('[roadmapId+stage]').equals(['r1', 'goals']).toArray(),
    ).toEqual(version1Rows.stageNotes);
    current.close();
  });

  it('opens a database written by version 2 and keeps the starting point and goals', async () => {
    const old = new RottaDatabase(testDatabaseName, 2);
    await old.table('roadmaps').bulkAdd(version1Rows.roadmaps);
    await old
      .table('goals')
      .add({ id: 'g1', roadmapId: 'r1', title: 'Fewer calls', benefit: 'Time for complex cases' });
    old.close();

    const current = new RottaDatabase(testDatabaseName, latestDatabaseVersion);
    await current.open();
    expect(await current.goals.toArray()).toMatchObject([{ id: 'g1', title: 'Fewer calls' }]);
    expect(await current.channels.count()).toBe(0);
    expect(await current.surveys.where('roadmapId').equals('r1').count()).toBe(0);
    current.close();
  });

  it('refuses a second score of the same cell by the same assessor', async () => {
    const database = new RottaDatabase(testDatabaseName);
    const score = {
      id: 's1',
      roadmapId: 'r1',
      subjectId: 'x',
      assessorId: 'a',
      theme: 'digital',
      value: 3,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await database.scores.add(score as never);
    await expect(database.scores.add({ ...score, id: 's2' } as never)).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    database.close();
  });

  it('refuses a second note for the same stage of a roadmap', async () => {
    const database = new RottaDatabase(testDatabaseName);
    await database.stageNotes.add({ ...version1Rows.stageNotes[0]! } as never);
    await expect(
      database.stageNotes.add({ ...version1Rows.stageNotes[0]!, id: 'n2' } as never),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    database.close();
  });
});
