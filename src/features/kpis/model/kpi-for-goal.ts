import type { Goal, GoalCatalogKey } from '../../goals';
import type { KpiCatalogKey, KpiDirection } from './kpi';

/** What a new KPI takes from the goal it is added for. */
export type KpiGoal = Pick<
  Goal,
  'id' | 'title' | 'catalogKey' | 'direction' | 'baseline' | 'target' | 'unit' | 'deadline'
>;

/** The catalogue KPI that measures each of the method's goals most directly. */
export const kpiForGoalKey: Record<GoalCatalogKey, KpiCatalogKey> = {
  'fewer-calls': 'contacts-per-channel',
  'lower-cost': 'cost-per-contact',
  'agent-productivity': 'contacts-per-agent-hour',
  satisfaction: 'csat',
  'faster-response': 'first-response-time',
};

/** The KPI the add form offers first when no goal is chosen. */
export const defaultKpiKey: KpiCatalogKey = 'csat';

/** Where a new KPI starts; the person adding it may change all of it before saving. */
export interface KpiStart {
  /** A catalogue KPI, or null for a custom one named `customName`. */
  catalogKey: KpiCatalogKey | null;
  customName: string;
  /** The goal's unit; null leaves the catalogue's own. */
  unit: string | null;
  /** Which way a custom KPI improves; a catalogue KPI keeps its own. */
  direction: KpiDirection;
  baseline: number | null;
  target: number | null;
  targetDate: string | null;
  goalIds: string[];
}

/**
 * A KPI added for a goal starts from it: the catalogue KPI that fits a catalogue goal (else a
 * custom KPI named after the goal), with the goal's baseline, target, unit and deadline, linked
 * to it. Without a goal it starts from the default catalogue KPI and an empty plan.
 */
export function kpiStartForGoal(goal: KpiGoal | null): KpiStart {
  if (!goal)
    return {
      catalogKey: defaultKpiKey,
      customName: '',
      unit: null,
      direction: 'higher',
      baseline: null,
      target: null,
      targetDate: null,
      goalIds: [],
    };
  return {
    catalogKey: goal.catalogKey ? kpiForGoalKey[goal.catalogKey] : null,
    customName: goal.title,
    unit: goal.unit.trim() === '' ? null : goal.unit,
    direction: goal.direction === 'increase' ? 'higher' : 'lower',
    baseline: goal.baseline,
    target: goal.target,
    targetDate: goal.deadline === '' ? null : goal.deadline,
    goalIds: [goal.id],
  };
}
