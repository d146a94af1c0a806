import { describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../../../test/generators';
import { kpiWarnings } from './kpi-warnings';

describe('kpiWarnings', () => {
  it('finds goals without a KPI, KPIs without a goal and KPIs without a baseline', () => {
    const file = makeRoadmapFile(1, { goals: 3, kpis: 4 });
    const [goalA, goalB, goalC] = file.rows.goals;
    const [k1, k2, k3, k4] = file.rows.kpis;
    const kpis = [
      { ...k1!, goalIds: [goalA!.id] },
      { ...k2!, goalIds: [goalA!.id, goalB!.id], baseline: null },
      { ...k3!, goalIds: [] },
      // A link to a goal that no longer exists counts as no goal.
      { ...k4!, goalIds: ['gone'] },
    ];
    const warnings = kpiWarnings(file.rows.goals, kpis);
    expect(warnings.goalsWithoutKpi.map((goal) => goal.id)).toEqual([goalC!.id]);
    expect(warnings.kpisWithoutGoal.map((kpi) => kpi.id)).toEqual([k3!.id, k4!.id]);
    expect(warnings.kpisWithoutBaseline.map((kpi) => kpi.id)).toEqual([k2!.id]);
  });

  it('has nothing to say when every goal has a KPI with a baseline', () => {
    const file = makeRoadmapFile(2, { goals: 2, kpis: 2 });
    const warnings = kpiWarnings(file.rows.goals, file.rows.kpis);
    expect(warnings).toEqual({ goalsWithoutKpi: [], kpisWithoutGoal: [], kpisWithoutBaseline: [] });
  });
});
