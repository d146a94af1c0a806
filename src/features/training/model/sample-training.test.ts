import { describe, expect, it } from 'vitest';
import { enStages, itStages } from '../../../test/stage-catalogs';
import { readinessChecklist } from '../../go-live/model/readiness-checklist';
import { stageStatusFromEvidence } from '../../../core/progress';
import { buildSampleRoadmapFile } from '../../roadmaps/model/sample-roadmap';
import { sampleTextsFrom } from '../../roadmaps/model/sample-texts';
import { trainingReadiness } from './readiness';

describe('the sample training plan and go-live', () => {
  it.each([
    ['English', enStages],
    ['Italian', itStages],
  ])(
    'in %s: 3 roles, 6 people, 5 modules, every gap covered, done before go-live',
    (_, catalog) => {
      const { rows } = buildSampleRoadmapFile(
        sampleTextsFrom((section) => catalog[section]),
        new Date('2026-11-22T10:00:00Z'),
      );
      expect(rows.trainingRoles).toHaveLength(3);
      expect(rows.trainingPeople).toHaveLength(6);
      expect(rows.trainingModules).toHaveLength(5);
      const readiness = trainingReadiness({
        roles: rows.trainingRoles,
        people: rows.trainingPeople,
        competencies: rows.competencies,
        levels: rows.competencyLevels,
        modules: rows.trainingModules,
      });
      expect(readiness.gaps.length).toBeGreaterThan(0);
      expect(readiness.gaps.every((gap) => gap.covered)).toBe(true);
      expect(readiness.percent).toBeGreaterThan(40);
      expect(readiness.percent).toBeLessThan(80);
      expect(stageStatusFromEvidence('training', rows)).toBe('done');

      const goLive = rows.goLivePlans[0]!.goLiveDate!;
      expect(rows.trainingModules.every((module) => module.endDate! < goLive)).toBe(true);
      expect(stageStatusFromEvidence('go-live', rows)).toBe('done');
      expect(rows.rollouts.map((rollout) => rollout.channelId).sort()).toEqual([
        'sample-channel-knowledge-base',
        'sample-channel-live-chat',
      ]);
    },
  );

  it('has a checklist in progress: some items done, some open', () => {
    const { rows } = buildSampleRoadmapFile(
      sampleTextsFrom((section) => enStages[section]),
      new Date('2026-11-22T10:00:00Z'),
    );
    const checklist = readinessChecklist(rows.readinessItems, {
      goals: rows.goals,
      kpis: rows.kpis,
      kpisWithValues: new Set(rows.measurements.map((value) => value.kpiId)),
      channels: rows.channels,
      rollouts: rows.rollouts,
      trainingPercent: 60,
    });
    expect(checklist.percent).toBeGreaterThan(30);
    expect(checklist.percent).toBeLessThan(90);
  });
});
