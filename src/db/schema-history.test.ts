import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RottaDatabase } from './database';
import { databaseVersions, dexieDeclarations, latestDatabaseVersion } from './schema-history';

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

/** The stores and indexes a database holds, as IndexedDB itself reports them. */
function storedSchema(database: Dexie) {
  const backend = database.backendDB();
  const names = [...backend.objectStoreNames].sort();
  const transaction = backend.transaction(names, 'readonly');
  return names.map((name) => {
    const store = transaction.objectStore(name);
    return {
      name,
      keyPath: store.keyPath,
      indexes: [...store.indexNames].sort().map((indexName) => {
        const { keyPath, unique, multiEntry } = store.index(indexName);
        return { indexName, keyPath, unique, multiEntry };
      }),
    };
  });
}

describe('database version history', () => {
  it('numbers its versions 1, 2, 3... without gaps', () => {
    expect(databaseVersions.map((entry) => entry.version)).toEqual(
      databaseVersions.map((_, index) => index + 1),
    );
  });

  it('tells Dexie only the versions with an upgrade and the latest, each with all its tables', () => {
    const declared = dexieDeclarations(databaseVersions, latestDatabaseVersion);
    expect(declared.map((entry) => entry.version)).toEqual([
      ...databaseVersions.filter((entry) => entry.upgrade).map((entry) => entry.version),
      latestDatabaseVersion,
    ]);
    const allTables = new Set(databaseVersions.flatMap((entry) => Object.keys(entry.stores)));
    expect(new Set(Object.keys(declared.at(-1)?.stores ?? {}))).toEqual(allTables);
    expect(dexieDeclarations(databaseVersions, 4).at(-1)).toMatchObject({
      version: 4,
      stores: { roadmaps: 'id, updatedAt', subjects: 'id, roadmapId', kpis: 'id, roadmapId' },
    });
  });

  it('upgrades a database of every earlier version to exactly the tables and indexes of a new one', async () => {
    const fresh = new RottaDatabase(testDatabaseName);
    await fresh.open();
    const expected = storedSchema(fresh);
    fresh.close();
    await Dexie.delete(testDatabaseName);
    for (let version = 1; version < latestDatabaseVersion; version += 1) {
      const old = new RottaDatabase(testDatabaseName, version);
      await old.open();
      old.close();
      const current = new RottaDatabase(testDatabaseName);
      await current.open();
      expect(storedSchema(current), `from version ${version}`).toEqual(expected);
      current.close();
      await Dexie.delete(testDatabaseName);
    }
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
    // Version 2's upgrade ran: the roadmap has its own company as the first subject.
    expect(await current.subjects.toArray()).toMatchObject([
      { id: 'r1-own-company', roadmapId: 'r1', kind: 'own', name: 'Acme', position: 0 },
    ]);
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

  it('opens a database written by version 3 and keeps the channels', async () => {
    const old = new RottaDatabase(testDatabaseName, 3);
    await old.table('roadmaps').bulkAdd(version1Rows.roadmaps);
    await old.table('channels').add({ id: 'c1', roadmapId: 'r1', catalogKey: 'phone', name: '' });
    await old.table('surveys').add({ id: 's1', roadmapId: 'r1', respondents: 200, answers: [] });
    old.close();

    const current = new RottaDatabase(testDatabaseName, latestDatabaseVersion);
    await current.open();
    expect(await current.channels.toArray()).toMatchObject([{ id: 'c1', catalogKey: 'phone' }]);
    expect(await current.surveys.get('s1')).toMatchObject({ respondents: 200 });
    expect(await current.kpis.where('roadmapId').equals('r1').count()).toBe(0);
    expect(await current.touchpoints.count()).toBe(0);
    current.close();
  });

  it('opens a database written by version 4 and keeps the KPIs and the journey', async () => {
    const old = new RottaDatabase(testDatabaseName, 4);
    await old.table('roadmaps').bulkAdd(version1Rows.roadmaps);
    await old.table('kpis').add({ id: 'k1', roadmapId: 'r1', name: 'CSAT', goalIds: [] });
    await old
      .table('measurements')
      .add({ id: 'm1', roadmapId: 'r1', kpiId: 'k1', date: '2026-05-01', value: 71 });
    await old.table('touchpoints').add({ id: 't1', roadmapId: 'r1', phaseId: 'p1' });
    old.close();

    const current = new RottaDatabase(testDatabaseName, latestDatabaseVersion);
    await current.open();
    expect(await current.kpis.get('k1')).toMatchObject({ name: 'CSAT' });
    expect(
      await current.measurements.where('[kpiId+date]').equals(['k1', '2026-05-01']).count(),
    ).toBe(1);
    expect(await current.touchpoints.where('phaseId').equals('p1').count()).toBe(1);
    expect(await current.trainingRoles.where('roadmapId').equals('r1').count()).toBe(0);
    expect(await current.goLivePlans.where('roadmapId').equals('r1').count()).toBe(0);
    current.close();
  });

  it('opens a database written by version 6 and gives a space for each control character', async () => {
    const old = new RottaDatabase(testDatabaseName, 6);
    await old.table('roadmaps').bulkAdd([
      { ...version1Rows.roadmaps[0]!, name: 'Libeccio\u000bAir', company: 'Acme\uFFFF' },
      { ...version1Rows.roadmaps[0]!, id: 'r2', name: 'Clean roadmap' },
    ]);
    await old.table('goals').add({
      id: 'g1',
      roadmapId: 'r1',
      title: 'Fewer\u0000calls',
      timeline: [{ label: 'First\u000cstep', date: '2026-05-01' }],
      benefit: 'Time for complex cases',
    });
    old.close();

    const current = new RottaDatabase(testDatabaseName, latestDatabaseVersion);
    await current.open();
    expect(await current.roadmaps.get('r1')).toMatchObject({
      name: 'Libeccio Air',
      company: 'Acme\uFFFD',
      updatedAt: stamp,
    });
    expect(await current.roadmaps.get('r2')).toEqual({
      ...version1Rows.roadmaps[0]!,
      id: 'r2',
      name: 'Clean roadmap',
    });
    expect(await current.goals.get('g1')).toEqual({
      id: 'g1',
      roadmapId: 'r1',
      title: 'Fewer calls',
      timeline: [{ label: 'First step', date: '2026-05-01' }],
      benefit: 'Time for complex cases',
    });
    current.close();
  });

  it('opens a database written by version 7 and gives stored savings plans a 100% failure rate', async () => {
    const plan = {
      id: 'p1',
      roadmapId: 'r1',
      createdAt: stamp,
      updatedAt: stamp,
      shifts: [{ fromChannelId: 'c1', toChannelId: 'c2', sharePercent: 20 }],
      failureSharePercent: 54,
    };
    const goalChange = { table: 'goals', key: 'g1', before: { id: 'g1' }, after: { id: 'g1' } };
    const step = {
      id: 'u1',
      roadmapId: 'r1',
      seq: 1,
      state: 'done',
      label: { action: 'edit', stage: 'channels' },
      changes: [
        { table: 'savingsPlans', key: 'p1', after: { ...plan, failureSharePercent: 60 } },
        { table: 'savingsPlans', key: 'p1', before: plan, after: plan },
        goalChange,
      ],
      createdAt: stamp,
      updatedAt: stamp,
    };
    const old = new RottaDatabase(testDatabaseName, 7);
    await old.table('roadmaps').bulkAdd(version1Rows.roadmaps);
    await old.table('savingsPlans').add(plan);
    await old.table('undoSteps').add(step);
    old.close();

    const current = new RottaDatabase(testDatabaseName, latestDatabaseVersion);
    await current.open();
    // The old share applied to every moved contact: a 100% failure rate gives the same result.
    expect(await current.savingsPlans.get('p1')).toEqual({ ...plan, failureRatePercent: 100 });
    expect((await current.undoSteps.get('u1'))?.changes).toEqual([
      {
        table: 'savingsPlans',
        key: 'p1',
        after: { ...plan, failureSharePercent: 60, failureRatePercent: 100 },
      },
      {
        table: 'savingsPlans',
        key: 'p1',
        before: { ...plan, failureRatePercent: 100 },
        after: { ...plan, failureRatePercent: 100 },
      },
      goalChange,
    ]);
    expect(await current.roadmaps.get('r1')).toEqual(version1Rows.roadmaps[0]);
    current.close();
  });

  it('opens a database written by version 8 with empty dot-votes and every row kept', async () => {
    const goal = { id: 'g1', roadmapId: 'r1', title: 'Fewer calls', createdAt: stamp };
    const old = new RottaDatabase(testDatabaseName, 8);
    await old.table('roadmaps').bulkAdd(version1Rows.roadmaps);
    await old.table('goals').add(goal);
    old.close();

    const current = new RottaDatabase(testDatabaseName, latestDatabaseVersion);
    await current.open();
    expect(await current.goals.toArray()).toEqual([goal]);
    expect(await current.roadmaps.get('r1')).toEqual(version1Rows.roadmaps[0]);
    expect(await current.goalVotes.count()).toBe(0);
    expect(await current.channelVotes.count()).toBe(0);
    // One person's dots on one option are one row: the live room fills the same rows.
    const vote = {
      id: 'v1',
      roadmapId: 'r1',
      voter: 'Anna',
      optionId: 'g1',
      dots: 2,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await current.goalVotes.add(vote);
    await expect(current.goalVotes.add({ ...vote, id: 'v2' })).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect(await current.goalVotes.where('optionId').equals('g1').count()).toBe(1);
    current.close();
  });

  it('keeps one level per person or role, competency and kind, and one rollout per channel', async () => {
    const database = new RottaDatabase(testDatabaseName);
    const level = {
      id: 'l1',
      roadmapId: 'r1',
      kind: 'required',
      holderId: 'role1',
      competencyId: 'c1',
      level: 4,
    };
    await database.competencyLevels.add(level as never);
    await expect(
      database.competencyLevels.add({ ...level, id: 'l2' } as never),
    ).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    await database.competencyLevels.add({ ...level, id: 'l3', kind: 'current' } as never);
    const rollout = { id: 'o1', roadmapId: 'r1', channelId: 'ch1' };
    await database.rollouts.add(rollout as never);
    await expect(database.rollouts.add({ ...rollout, id: 'o2' } as never)).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    database.close();
  });

  it('refuses a second value of a KPI on the same date', async () => {
    const database = new RottaDatabase(testDatabaseName);
    const value = { id: 'm1', roadmapId: 'r1', kpiId: 'k1', date: '2026-05-01', value: 3 };
    await database.measurements.add(value as never);
    await expect(database.measurements.add({ ...value, id: 'm2' } as never)).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    await database.measurements.add({ ...value, id: 'm3', kpiId: 'k2' } as never);
    database.close();
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
