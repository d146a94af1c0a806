import { describe, expect, it } from 'vitest';
import type { Channel } from './channel';
import { computeSavings } from './savings';
import {
  defaultSavingsGoalDeadline,
  effectiveCost,
  savingsGoalChanges,
  savingsGoalTargets,
  withEffectiveCosts,
  type SavingsGoalRow,
} from './savings-goals';

function channel(
  id: string,
  catalogKey: Channel['catalogKey'],
  monthlyContacts: number | null,
  costPerContact: number | null,
  status: Channel['status'] = 'in-use',
): Channel {
  return {
    id,
    roadmapId: 'r',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    catalogKey,
    name: catalogKey ? '' : id,
    interaction: 'one-to-one',
    humanTouch: true,
    status,
    rejectionReason: '',
    monthlyContacts,
    costPerContact,
    responseTimeHours: null,
    satisfaction: null,
    performance: null,
    position: 0,
  };
}

const sample = [
  channel('phone', 'phone', 38_000, 5.2),
  channel('email', 'email', 9_000, 4.1),
  channel('social', 'social', 2_500, 3),
  channel('faq', 'faq', 0, 0.15),
  channel('chat', 'live-chat', 0, 3, 'planned'),
  channel('kb', 'knowledge-base', 0, 0.15, 'planned'),
];
const plan = {
  shifts: [
    { fromChannelId: 'phone', toChannelId: 'kb', sharePercent: 20 },
    { fromChannelId: 'email', toChannelId: 'chat', sharePercent: 10 },
  ],
  failureRatePercent: 25,
  failureSharePercent: 54,
};

describe('savings goal targets', () => {
  it('uses the catalogue’s typical cost only where the user has none', () => {
    expect(effectiveCost(channel('a', 'phone', 1, null))).toBe(6);
    expect(effectiveCost(channel('a', 'phone', 1, 5.2))).toBe(5.2);
    expect(effectiveCost(channel('custom', null, 1, null))).toBe(0);
    expect(withEffectiveCosts([channel('a', 'faq', 1, null)])[0]?.costPerContact).toBe(0.15);
  });

  it('turns the sample plan into lower-cost and fewer-calls targets', () => {
    const result = computeSavings(sample, plan);
    // 8,500 contacts move; 25% are not resolved and 54% of those call back: 1,147.5.
    expect(result.calledBack).toBeCloseTo(1_147.5, 10);
    expect(result.yearlySaving).toBeCloseTo(407_056.8, 1);
    expect(savingsGoalTargets(result, sample)).toEqual({
      lowerCost: { baseline: 4.89, target: 4.2 },
      fewerCalls: { baseline: 38_000, target: 31_548 },
    });
  });

  it('gives no target when the plan does not lower the number', () => {
    const result = computeSavings(sample, {
      shifts: [],
      failureRatePercent: 25,
      failureSharePercent: 54,
    });
    expect(savingsGoalTargets(result, sample)).toEqual({ lowerCost: null, fewerCalls: null });
  });
});

describe('what "Use as goal target" would change', () => {
  const targets = {
    lowerCost: { baseline: 4.89, target: 4.2 },
    fewerCalls: { baseline: 38_000, target: 37_508 },
  };
  const calls: SavingsGoalRow = {
    id: 'g-calls',
    catalogKey: 'fewer-calls',
    title: 'Fewer calls',
    baseline: 38_000,
    target: 30_000,
    direction: 'decrease',
  };

  it('shows an agreed target before and after, says it asks for less, and creates a missing goal', () => {
    expect(savingsGoalChanges(targets, [calls])).toEqual([
      {
        catalogKey: 'lower-cost',
        goal: null,
        baseline: 4.89,
        target: 4.2,
        isLessAmbitious: false,
      },
      {
        catalogKey: 'fewer-calls',
        goal: calls,
        baseline: 38_000,
        target: 37_508,
        isLessAmbitious: true,
      },
    ]);
  });

  it('leaves out a goal that already has these numbers and a target the plan does not give', () => {
    const done = { ...calls, target: 37_508 };
    expect(savingsGoalChanges({ ...targets, lowerCost: null }, [done])).toEqual([]);
    expect(
      savingsGoalChanges({ lowerCost: null, fewerCalls: { baseline: 38_000, target: 29_000 } }, [
        calls,
      ]),
    ).toEqual([expect.objectContaining({ goal: calls, target: 29_000, isLessAmbitious: false })]);
  });

  it('gives a created goal a deadline a year on', () => {
    expect(defaultSavingsGoalDeadline('2026-12-02')).toBe('2027-12-02');
  });
});
