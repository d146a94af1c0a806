import { describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../test/generators';
import { stageStatusFromEvidence } from '../core/progress';

describe('stage 4 status (KPIs)', () => {
  const file = makeRoadmapFile(1, { goals: 2, kpis: 2 });
  const { goals, kpis } = file.rows;

  it('is done when every goal has a KPI with a baseline and a target', () => {
    expect(stageStatusFromEvidence('kpis', { goals, kpis })).toBe('done');
  });

  it('is in progress while a goal has no KPI, or its KPI lacks a baseline', () => {
    expect(stageStatusFromEvidence('kpis', { goals, kpis: kpis.slice(0, 1) })).toBe('in-progress');
    const withoutBaseline = [kpis[0]!, { ...kpis[1]!, baseline: null }];
    expect(stageStatusFromEvidence('kpis', { goals, kpis: withoutBaseline })).toBe('in-progress');
  });

  it('is not done without goals, and not started without KPIs, values or notes', () => {
    expect(stageStatusFromEvidence('kpis', { goals: [], kpis })).toBe('in-progress');
    expect(stageStatusFromEvidence('kpis', { goals, kpis: [] })).toBe('not-started');
  });
});

describe('stage 5 status (journey)', () => {
  const file = makeRoadmapFile(2, { phases: 4, touchpoints: 4 });
  const { journeyPhases, touchpoints } = file.rows;

  it('is done when three phases have a touchpoint and an emotion score', () => {
    expect(stageStatusFromEvidence('journey', { journeyPhases, touchpoints })).toBe('done');
  });

  it('does not count phases without an emotion score or without touchpoints', () => {
    const unscored = journeyPhases.map((phase, index) =>
      index < 2 ? { ...phase, emotion: null } : phase,
    );
    expect(stageStatusFromEvidence('journey', { journeyPhases: unscored, touchpoints })).toBe(
      'in-progress',
    );
    const inTwoPhases = touchpoints.filter((touchpoint) =>
      [journeyPhases[0]!.id, journeyPhases[1]!.id].includes(touchpoint.phaseId),
    );
    expect(stageStatusFromEvidence('journey', { journeyPhases, touchpoints: inTwoPhases })).toBe(
      'in-progress',
    );
    expect(stageStatusFromEvidence('journey', { journeyPhases: [], touchpoints: [] })).toBe(
      'not-started',
    );
  });
});

describe('stage 6 status (training)', () => {
  const rows = makeRoadmapFile(3, { roles: 2, people: 4, competencies: 4, modules: 4 }).rows;

  it('is done when every role requires levels and every gap has a module', () => {
    expect(stageStatusFromEvidence('training', rows)).toBe('done');
  });

  it('is in progress while a gap has no module or a role requires nothing', () => {
    expect(stageStatusFromEvidence('training', { ...rows, trainingModules: [] })).toBe(
      'in-progress',
    );
    const firstRole = rows.trainingRoles[0]!.id;
    const levels = rows.competencyLevels.filter(
      (level) => level.kind !== 'required' || level.holderId !== firstRole,
    );
    expect(stageStatusFromEvidence('training', { ...rows, competencyLevels: levels })).toBe(
      'in-progress',
    );
  });

  it('is not started without roles, competencies, modules or notes', () => {
    expect(stageStatusFromEvidence('training', {})).toBe('not-started');
  });
});

describe('stage 7 status (go live)', () => {
  const rows = makeRoadmapFile(4, { channels: 4, goLive: true }).rows;

  it('is done once the go-live date is set, in progress before', () => {
    expect(stageStatusFromEvidence('go-live', rows)).toBe('done');
    const undated = [{ ...rows.goLivePlans[0]!, goLiveDate: null }];
    expect(stageStatusFromEvidence('go-live', { goLivePlans: undated })).toBe('in-progress');
    expect(stageStatusFromEvidence('go-live', { goLivePlans: [] })).toBe('not-started');
  });
});
