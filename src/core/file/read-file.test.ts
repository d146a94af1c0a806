import { describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../../test/generators';
import { maxFileBytes, readBackupFile, readRoadmapFile } from './read-file';
import { roadmapFileVersion, type RoadmapFile } from './roadmap-file';

const valid = () => makeRoadmapFile(1);
const text = (value: unknown) => JSON.stringify(value);

function problemsOf(result: ReturnType<typeof readRoadmapFile | typeof readBackupFile>) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('readRoadmapFile', () => {
  it('accepts a valid file and keeps every value', () => {
    const result = readRoadmapFile(text(valid()));
    expect(result).toEqual({ ok: true, value: valid() });
  });

  it('refuses a table over its limit, naming what there is too much of', () => {
    const file = makeRoadmapFile(3, { phases: 13 });
    expect(problemsOf(readRoadmapFile(text(file)))).toEqual([
      { key: 'limits.fileTooMany', values: { maximum: 12, table: 'journeyPhases' } },
    ]);
    const inBackup = readBackupFile(
      text({
        format: 'rotta-backup',
        version: 1,
        exportedAt: file.exportedAt,
        roadmaps: [valid(), file],
      }),
    );
    expect(problemsOf(inBackup)[0]).toMatchObject({
      key: 'limits.fileTooMany',
      where: 'roadmaps[1].rows.journeyPhases',
    });
  });

  it('refuses text that is not JSON, saying why', () => {
    expect(problemsOf(readRoadmapFile('{"format": "rotta-roadmap",'))).toEqual([
      { key: 'importing.cutShort' },
    ]);
    expect(problemsOf(readRoadmapFile('{\n  "format": "rotta-roadmap"\n}}'))).toEqual([
      { key: 'importing.notJsonAt', values: { line: 3, column: 2 } },
    ]);
    expect(problemsOf(readRoadmapFile('name;score\nLibeccio;4'))).toEqual([
      { key: 'importing.notJson' },
    ]);
    expect(problemsOf(readRoadmapFile('   '))[0]?.key).toBe('importing.empty');
  });

  it('refuses a file of another kind and points a backup to the restore button', () => {
    expect(
      problemsOf(readRoadmapFile(text({ format: 'something-else', version: 1 })))[0]?.key,
    ).toBe('importing.notRotta');
    expect(problemsOf(readRoadmapFile(text([1, 2])))[0]?.key).toBe('importing.notRotta');
    expect(problemsOf(readRoadmapFile(text({ format: 'rotta-backup', version: 1 })))[0]?.key).toBe(
      'importing.isBackup',
    );
  });

  it('refuses a newer version with the versions in the message', () => {
    const newer = roadmapFileVersion() + 1;
    const [problem] = problemsOf(readRoadmapFile(text({ ...valid(), version: newer })));
    expect(problem).toEqual({
      key: 'importing.newerVersion',
      values: { version: newer, supported: roadmapFileVersion() },
    });
  });

  it('refuses a version that is not a positive whole number', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      expect(problemsOf(readRoadmapFile(text({ ...valid(), version })))[0]?.key).toBe(
        'importing.badVersion',
      );
    }
  });

  it('names the path of a missing or wrongly typed field', () => {
    const file = valid() as unknown as {
      roadmap: Record<string, unknown>;
      rows: { stageNotes: Record<string, unknown>[] };
    };
    delete file.roadmap.name;
    file.rows.stageNotes[1]!.text = 42;
    const problems = problemsOf(readRoadmapFile(text(file)));
    expect(problems).toContainEqual({ key: 'validation.missing', where: 'roadmap.name' });
    expect(problems).toContainEqual({
      key: 'validation.wrongType',
      values: { expected: 'string', found: 'number' },
      where: 'rows.stageNotes[1].text',
    });
  });

  it('refuses a text XML cannot carry, naming the character and the field', () => {
    const file = valid();
    file.roadmap.name = 'Libeccio Air\u000bdigital service';
    file.rows.stageNotes[2]!.text = 'Pasted\u0000text';
    const problems = problemsOf(readRoadmapFile(text(file)));
    expect(problems).toEqual([
      {
        key: 'validation.controlCharacter',
        values: { character: 'U+000B' },
        where: 'roadmap.name',
      },
      {
        key: 'validation.controlCharacter',
        values: { character: 'U+0000' },
        where: 'rows.stageNotes[2].text',
      },
    ]);
  });

  it('refuses unknown fields instead of silently dropping them', () => {
    const problems = problemsOf(readRoadmapFile(text({ ...valid(), extra: true })));
    expect(problems[0]).toMatchObject({
      key: 'validation.unknownFields',
      values: { fields: '“extra”' },
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key wherever it is', (key) => {
    const raw = text(valid()).replace('"text":', `"${key}": {"polluted": true}, "text":`);
    const [problem] = problemsOf(readRoadmapFile(raw));
    expect(problem).toEqual({ key: 'importing.forbiddenKey', where: `rows.stageNotes[0].${key}` });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses rows that point at another roadmap or reuse an id', () => {
    const file = valid();
    file.rows.stageNotes[0]!.roadmapId = 'someone-else';
    file.rows.stageNotes[2]!.id = file.rows.stageNotes[1]!.id;
    const problems = problemsOf(readRoadmapFile(text(file)));
    expect(problems).toContainEqual({
      key: 'validation.wrongRoadmap',
      where: 'rows.stageNotes[0].roadmapId',
    });
    expect(problems).toContainEqual({
      key: 'validation.duplicateId',
      where: 'rows.stageNotes[2].id',
    });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = ' '.repeat(maxFileBytes + 1);
    expect(problemsOf(readRoadmapFile(huge))[0]?.key).toBe('importing.tooLarge');
  });

  it('shows five problems and counts the rest', () => {
    const file = valid();
    const notes = file.rows.stageNotes as unknown as Record<string, unknown>[];
    for (const note of notes) note.text = 1;
    for (const note of notes) note.stage = 'nowhere';
    const problems = problemsOf(readRoadmapFile(text(file)));
    expect(problems).toHaveLength(6);
    expect(problems[5]).toEqual({ key: 'importing.moreProblems', values: { count: 1 } });
  });
});

describe('readBackupFile', () => {
  it('reads a backup of several roadmaps', () => {
    const backup = {
      format: 'rotta-backup',
      version: 1,
      exportedAt: valid().exportedAt,
      roadmaps: [makeRoadmapFile(1), makeRoadmapFile(2)],
    };
    const result = readBackupFile(text(backup));
    expect(result.ok && result.value.roadmaps.map((file) => file.roadmap.name)).toEqual([
      'Roadmap 1',
      'Roadmap 2',
    ]);
  });

  it('names the roadmap inside the backup that is wrong', () => {
    const broken = makeRoadmapFile(2) as unknown as { roadmap: Record<string, unknown> };
    broken.roadmap.createdAt = 'yesterday';
    const backup = {
      format: 'rotta-backup',
      version: 1,
      exportedAt: valid().exportedAt,
      roadmaps: [makeRoadmapFile(1), broken],
    };
    const result = readBackupFile(text(backup));
    expect(result.ok ? [] : result.problems).toContainEqual({
      key: 'validation.dateTime',
      where: 'roadmaps[1].roadmap.createdAt',
    });
  });

  it('points a single roadmap file to the import button', () => {
    const result = readBackupFile(text(valid()));
    expect(result.ok ? null : result.problems[0]?.key).toBe('importing.isRoadmap');
  });
});

describe('older roadmap files', () => {
  /** A file exactly as Rotta 1 wrote it (file version 1: roadmap details and stage notes). */
  const version1File = {
    format: 'rotta-roadmap',
    version: 1,
    exportedAt: '2026-11-22T10:00:00.000Z',
    roadmap: {
      id: 'old',
      name: 'Old roadmap',
      company: 'Acme Assicurazioni',
      workshopDate: '',
      author: '',
      notes: '',
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-02T09:00:00.000Z',
    },
    rows: {
      stageNotes: [
        {
          id: 'n1',
          roadmapId: 'old',
          stage: 'goals',
          text: 'Fewer calls',
          createdAt: '2026-11-01T09:00:00.000Z',
          updatedAt: '2026-11-01T09:00:00.000Z',
        },
      ],
    },
  };

  it('upgrades a version 1 file: notes kept, the company becomes the own subject', () => {
    const result = readRoadmapFile(JSON.stringify(version1File));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.version).toBe(roadmapFileVersion());
    expect(result.value.rows.stageNotes).toEqual(version1File.rows.stageNotes);
    expect(result.value.rows.subjects).toMatchObject([
      { kind: 'own', name: 'Acme Assicurazioni', roadmapId: 'old' },
    ]);
    expect(result.value.rows).toMatchObject({ assessors: [], scores: [], goals: [] });
  });

  it('upgrades a version 2 file: stage 1 and 2 rows kept, empty channel lists added', () => {
    const current = makeRoadmapFile(4, { competitors: 1, assessors: 1, goals: 1 });
    const {
      channels: _c,
      demographics: _d,
      surveys: _s,
      savingsPlans: _p,
      ...version2Rows
    } = current.rows;
    const result = readRoadmapFile(JSON.stringify({ ...current, version: 2, rows: version2Rows }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.rows).toEqual({
      ...current.rows,
      channels: [],
      demographics: [],
      surveys: [],
      savingsPlans: [],
    });
  });

  it('upgrades a version 3 file: stage 3 rows kept, empty KPI and journey lists added', () => {
    const current = makeRoadmapFile(6, { competitors: 1, goals: 1, channels: 5 });
    const {
      kpis: _k,
      measurements: _m,
      journeyPhases: _j,
      touchpoints: _t,
      ...version3Rows
    } = current.rows;
    const result = readRoadmapFile(JSON.stringify({ ...current, version: 3, rows: version3Rows }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.version).toBe(roadmapFileVersion());
    expect(result.value.rows).toEqual({
      ...current.rows,
      kpis: [],
      measurements: [],
      journeyPhases: [],
      touchpoints: [],
    });
  });

  it('upgrades a version 4 file: KPIs and journey kept, empty training and go-live lists added', () => {
    const current = makeRoadmapFile(9, {
      goals: 1,
      channels: 3,
      kpis: 2,
      phases: 2,
      touchpoints: 3,
    });
    const {
      trainingRoles: _r,
      trainingPeople: _p,
      competencies: _c,
      competencyLevels: _l,
      trainingModules: _m,
      goLivePlans: _g,
      rollouts: _o,
      readinessItems: _i,
      ...version4Rows
    } = current.rows;
    const result = readRoadmapFile(JSON.stringify({ ...current, version: 4, rows: version4Rows }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.version).toBe(roadmapFileVersion());
    expect(result.value.rows).toEqual({
      ...version4Rows,
      trainingRoles: [],
      trainingPeople: [],
      competencies: [],
      competencyLevels: [],
      trainingModules: [],
      goLivePlans: [],
      rollouts: [],
      readinessItems: [],
    });
  });

  it('upgrades a version 5 file: a savings plan gets a 100% failure rate, keeping its results', () => {
    const current = makeRoadmapFile(12, { channels: 6, goals: 1 });
    const [plan] = current.rows.savingsPlans;
    if (!plan) throw new Error('the generated file should have a savings plan');
    const { failureRatePercent: _rate, ...version5Plan } = plan;
    const version5 = {
      ...current,
      version: 5,
      rows: { ...current.rows, savingsPlans: [version5Plan] },
    };
    const result = readRoadmapFile(JSON.stringify(version5));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.version).toBe(roadmapFileVersion());
    expect(result.value.rows).toEqual({
      ...current.rows,
      savingsPlans: [{ ...version5Plan, failureRatePercent: 100 }],
    });
  });

  it('upgrades a version 6 file: every row kept, no dot-votes yet', () => {
    const current = makeRoadmapFile(14, { goals: 3, channels: 6, voters: 4 });
    expect(current.rows.goalVotes.length).toBeGreaterThan(0);
    const { goalVotes: _goalVotes, channelVotes: _channelVotes, ...version6Rows } = current.rows;
    const result = readRoadmapFile(JSON.stringify({ ...current, version: 6, rows: version6Rows }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.version).toBe(roadmapFileVersion());
    expect(result.value.rows).toEqual({ ...version6Rows, goalVotes: [], channelVotes: [] });
  });

  it('refuses a version 6 file that claims dot-votes, which that version cannot carry', () => {
    const current = makeRoadmapFile(15, { goals: 3, voters: 2 });
    const [problem] = problemsOf(readRoadmapFile(JSON.stringify({ ...current, version: 6 })));
    expect(problem?.key).toBe('importing.tablesTooNew');
  });

  it('refuses dots on a goal that is not in the file, and one person voting twice for one option', () => {
    const current = makeRoadmapFile(16, { goals: 2, voters: 2 });
    const [first, second] = current.rows.goalVotes;
    if (!first || !second) throw new Error('the generated file should have votes');
    const rows = {
      ...current.rows,
      goalVotes: [
        { ...first, optionId: 'not-a-goal' },
        second,
        { ...second, id: 'again', voter: second.voter.toUpperCase() },
      ],
    };
    const result = readRoadmapFile(JSON.stringify({ ...current, rows }));
    expect(result.ok ? [] : result.problems.map((problem) => problem.where)).toEqual([
      'rows.goalVotes[0].optionId',
      'rows.goalVotes[2].voter',
    ]);
  });

  it('refuses a version 6 savings plan without its failure rate', () => {
    const current = makeRoadmapFile(13, { channels: 6 });
    const { failureRatePercent: _rate, ...plan } = current.rows.savingsPlans[0]!;
    const result = readRoadmapFile(
      JSON.stringify({ ...current, version: 6, rows: { ...current.rows, savingsPlans: [plan] } }),
    );
    expect(result.ok ? [] : result.problems.map((problem) => problem.where)).toContain(
      'rows.savingsPlans[0].failureRatePercent',
    );
  });

  it('reads a training plan and a go-live plan that point at rows of the file', () => {
    const file = makeRoadmapFile(10, {
      channels: 8,
      roles: 3,
      people: 6,
      competencies: 5,
      modules: 2,
      goLive: true,
    });
    const result = readRoadmapFile(text(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.rows.competencyLevels).toHaveLength(3 * 5 + 6 * 5);
    expect(result.value.rows.rollouts).toHaveLength(2);
  });

  describe('refuses training and go-live rows that point nowhere or repeat', () => {
    const file = () =>
      makeRoadmapFile(11, {
        channels: 4,
        roles: 1,
        people: 1,
        competencies: 2,
        modules: 1,
        goLive: true,
      });
    const problemsAt = (changed: RoadmapFile) =>
      problemsOf(readRoadmapFile(text(changed))).map(
        (problem) => `${problem.key} ${problem.where}`,
      );

    it('a person, a level and a module naming a role or competency not in the file', () => {
      const changed = file();
      changed.rows.trainingPeople[0]!.roleId = 'ghost-role';
      changed.rows.competencyLevels[0]!.competencyId = 'ghost-competency';
      changed.rows.trainingModules[0]!.roleIds = ['ghost-role'];
      expect(problemsAt(changed)).toEqual(
        expect.arrayContaining([
          'validation.unknownReference rows.trainingPeople[0].roleId',
          'validation.unknownReference rows.competencyLevels[0].competencyId',
          'validation.unknownReference rows.trainingModules[0].roleIds[0]',
        ]),
      );
    });

    it('a required level on a person, a level given twice, a second rollout, a module ending early', () => {
      const changed = file();
      const rows = changed.rows;
      rows.competencyLevels[1]!.holderId = rows.trainingPeople[0]!.id;
      rows.competencyLevels.push({ ...rows.competencyLevels[2]!, id: 'level-again' });
      rows.rollouts.push({ ...rows.rollouts[0]!, id: 'rollout-again' });
      rows.trainingModules[0]!.endDate = '2020-01-01';
      expect(problemsAt(changed)).toEqual(
        expect.arrayContaining([
          'validation.levelHolder rows.competencyLevels[1].holderId',
          `validation.duplicateLevel rows.competencyLevels[${rows.competencyLevels.length - 1}]`,
          `validation.duplicateRollout rows.rollouts[${rows.rollouts.length - 1}].channelId`,
          'validation.endBeforeStart rows.trainingModules[0].endDate',
        ]),
      );
    });
  });

  it('reads KPIs, values and a journey that point at rows of the file', () => {
    const file = makeRoadmapFile(7, {
      goals: 2,
      channels: 3,
      kpis: 3,
      actualsPerKpi: 4,
      phases: 2,
      touchpoints: 5,
    });
    const result = readRoadmapFile(text(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.rows.measurements).toHaveLength(12);
    expect(result.value.rows.touchpoints).toHaveLength(5);
  });

  it('says plainly what is wrong with a hostile file, and cuts what it quotes', () => {
    const file = makeRoadmapFile(8, { goals: 1, kpis: 1, actualsPerKpi: 1 });
    const json = text(file);
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(problemsOf(readRoadmapFile(json.replace('"notes":""', `"notes":${deep}`)))).toEqual([
      { key: 'importing.tooDeep', values: { levels: 64 }, where: undefined },
    ]);
    expect(
      problemsOf(readRoadmapFile(json.replace(/"baseline":\s*[-\d.]+/, '"baseline": 1e309'))),
    ).toEqual([{ key: 'validation.notFinite', where: 'rows.goals[0].baseline' }]);

    const withNull = structuredClone(file) as unknown as { rows: { measurements: object[] } };
    withNull.rows.measurements[0] = { ...withNull.rows.measurements[0], date: null };
    expect(problemsOf(readRoadmapFile(JSON.stringify(withNull)))).toEqual([
      { key: 'validation.noValue', where: 'rows.measurements[0].date' },
    ]);

    const longKey = structuredClone(file) as unknown as { roadmap: Record<string, unknown> };
    longKey.roadmap['k'.repeat(1_000_000)] = 1;
    const [problem] = problemsOf(readRoadmapFile(JSON.stringify(longKey)));
    expect(problem?.key).toBe('validation.unknownFields');
    expect(String(problem?.values?.fields).length).toBeLessThan(50);
  });

  it('refuses a current file that claims an older version, instead of dropping its rows', () => {
    const file = makeRoadmapFile(8, { goals: 2, kpis: 1, actualsPerKpi: 2, roles: 1 });
    for (const version of [1, 4]) {
      const claimed = { ...file, version };
      const [problem] = problemsOf(readRoadmapFile(JSON.stringify(claimed)));
      expect(problem?.key).toBe('importing.tablesTooNew');
      expect(String(problem?.values?.tables)).toContain(version === 1 ? 'goals' : 'trainingRoles');
    }
  });

  it('reads -0 as zero', () => {
    const file = makeRoadmapFile(8, { goals: 1, kpis: 1, actualsPerKpi: 1 });
    const written = text(file).replace(/"value":\s*-?[\d.]+/, '"value": -0');
    expect(written).toContain('"value": -0');
    const read = readRoadmapFile(written);
    if (!read.ok) throw new Error('the file should be read');
    expect(Object.is(read.value.rows.measurements[0]?.value, 0)).toBe(true);
  });

  it('refuses a value dated in the future, as the form does', () => {
    const file = makeRoadmapFile(8, { goals: 1, kpis: 1, actualsPerKpi: 2 });
    expect(readRoadmapFile(text(file)).ok).toBe(true);
    file.rows.measurements[1]!.date = '9999-12-31';
    expect(problemsOf(readRoadmapFile(text(file)))).toEqual([
      { key: 'validation.futureMeasurement', where: 'rows.measurements[1].date' },
    ]);
  });

  it('refuses a value of an unknown KPI, two values on one date, and a touchpoint in no phase', () => {
    const file = makeRoadmapFile(8, {
      goals: 1,
      kpis: 1,
      actualsPerKpi: 3,
      phases: 1,
      touchpoints: 1,
    });
    file.rows.measurements[0]!.kpiId = 'ghost';
    file.rows.measurements[2]!.date = file.rows.measurements[1]!.date;
    file.rows.touchpoints[0]!.phaseId = 'nowhere';
    file.rows.kpis[0]!.goalIds = ['no-such-goal'];
    const problems = problemsOf(readRoadmapFile(text(file)));
    expect(problems).toContainEqual({
      key: 'validation.unknownReference',
      where: 'rows.measurements[0].kpiId',
    });
    expect(problems).toContainEqual({
      key: 'validation.duplicateMeasurement',
      where: 'rows.measurements[2]',
    });
    expect(problems).toContainEqual({
      key: 'validation.unknownReference',
      where: 'rows.touchpoints[0].phaseId',
    });
    expect(problems).toContainEqual({
      key: 'validation.unknownReference',
      where: 'rows.kpis[0].goalIds[0]',
    });
  });

  it('refuses a survey answer for a channel that is not in the file', () => {
    const file = makeRoadmapFile(5, { channels: 3 });
    file.rows.surveys[0]!.answers[1]!.channelId = 'ghost';
    expect(problemsOf(readRoadmapFile(text(file)))).toContainEqual({
      key: 'validation.unknownReference',
      where: 'rows.surveys[0].answers[1].channelId',
    });
  });

  it('refuses a current file without its own company', () => {
    const file = valid();
    file.rows.subjects = [];
    expect(problemsOf(readRoadmapFile(text(file)))).toContainEqual({
      key: 'validation.ownCompanyMissing',
      where: 'rows.subjects',
    });
  });

  it('refuses a score that points at an assessor not in the file', () => {
    const file = makeRoadmapFile(1, { competitors: 1, assessors: 1 });
    file.rows.scores[0]!.assessorId = 'ghost';
    expect(problemsOf(readRoadmapFile(text(file)))).toContainEqual({
      key: 'validation.unknownReference',
      where: 'rows.scores[0].assessorId',
    });
  });
});
