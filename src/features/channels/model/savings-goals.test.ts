import { describe, expect, it } from 'vitest';
import type { Channel } from './channel';
import { computeSavings } from './savings';
import { effectiveCost, savingsGoalTargets, withEffectiveCosts } from './savings-goals';

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
