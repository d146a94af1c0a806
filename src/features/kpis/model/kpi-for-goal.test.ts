import { describe, expect, it } from 'vitest';
import { goalCatalogKeys, goalCatalogue } from '../../goals';
import { kpiCatalogue } from './kpi-catalogue';
import { kpiForGoalKey, kpiStartForGoal, type KpiGoal } from './kpi-for-goal';

const goal = (fields: Partial<KpiGoal> = {}): KpiGoal => ({
  id: 'goal-1',
  title: 'Fewer calls to the call centre',
  catalogKey: 'fewer-calls',
  direction: 'decrease',
  baseline: 12_000,
  target: 9_000,
  unit: 'calls a month',
  deadline: '2027-06-30',
  ...fields,
});

describe('kpiForGoalKey', () => {
  it('gives every catalogue goal a KPI that improves the way the goal moves', () => {
    for (const key of goalCatalogKeys) {
      const kpi = kpiCatalogue[kpiForGoalKey[key]];
      expect(kpi.direction, key).toBe(
        goalCatalogue[key].direction === 'increase' ? 'higher' : 'lower',
      );
    }
  });

  it('measures satisfaction with CSAT and a faster response with the first response time', () => {
    expect(kpiForGoalKey.satisfaction).toBe('csat');
    expect(kpiForGoalKey['faster-response']).toBe('first-response-time');
    expect(kpiForGoalKey['fewer-calls']).toBe('contacts-per-channel');
  });
});

describe('kpiStartForGoal', () => {
  it('starts a catalogue goal’s KPI from the fitting catalogue KPI and the goal’s plan', () => {
    expect(kpiStartForGoal(goal())).toEqual({
      catalogKey: 'contacts-per-channel',
      customName: 'Fewer calls to the call centre',
      unit: 'calls a month',
      direction: 'lower',
      baseline: 12_000,
      target: 9_000,
      targetDate: '2027-06-30',
      goalIds: ['goal-1'],
    });
  });

  it('names a custom KPI after a custom goal and takes its direction', () => {
    const start = kpiStartForGoal(
      goal({ catalogKey: null, title: 'More reviews', direction: 'increase', target: 15_000 }),
    );
    expect(start.catalogKey).toBeNull();
    expect(start.customName).toBe('More reviews');
    expect(start.direction).toBe('higher');
    expect(start.target).toBe(15_000);
    expect(start.goalIds).toEqual(['goal-1']);
  });

  it('leaves what the goal does not say empty, and the unit to the catalogue', () => {
    const start = kpiStartForGoal(
      goal({ baseline: null, target: null, unit: ' ', deadline: '', catalogKey: 'satisfaction' }),
    );
    expect(start).toMatchObject({
      catalogKey: 'csat',
      unit: null,
      baseline: null,
      target: null,
      targetDate: null,
    });
  });

  it('without a goal starts from the default KPI, linked to nothing', () => {
    expect(kpiStartForGoal(null)).toMatchObject({
      catalogKey: 'csat',
      customName: '',
      unit: null,
      baseline: null,
      target: null,
      targetDate: null,
      goalIds: [],
    });
  });
});
