import type { Kpi } from './kpi';

export interface KpiWarnings {
  /** Goals no KPI serves yet: nobody would know whether they are reached. */
  goalsWithoutKpi: { id: string; title: string }[];
  /** KPIs serving no goal: measured, but for what? */
  kpisWithoutGoal: Kpi[];
  /** KPIs without a baseline: no path, so no status. */
  kpisWithoutBaseline: Kpi[];
}

/** The method's checks for stage 4: KPIs follow the goals, and a KPI starts from a baseline. */
export function kpiWarnings(
  goals: readonly { id: string; title: string }[],
  kpis: readonly Kpi[],
): KpiWarnings {
  const served = new Set(kpis.flatMap((kpi) => kpi.goalIds));
  const goalIds = new Set(goals.map((goal) => goal.id));
  return {
    goalsWithoutKpi: goals.filter((goal) => !served.has(goal.id)),
    kpisWithoutGoal: kpis.filter((kpi) => !kpi.goalIds.some((id) => goalIds.has(id))),
    kpisWithoutBaseline: kpis.filter((kpi) => kpi.baseline === null),
  };
}
