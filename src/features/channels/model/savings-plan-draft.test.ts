import { describe, expect, it } from 'vitest';
import { planDraftFrom, readPlanDraft } from './savings-plan-draft';

const name = (id: string) => id.toUpperCase();

describe('the typed savings plan', () => {
  it('starts with no shifts and the seed’s 54% failure share', () => {
    expect(planDraftFrom(null)).toEqual({ shifts: [], failure: '54' });
  });

  it('reads decimal commas and gives the plan to save', () => {
    const draft = {
      shifts: [{ key: 'a', from: 'phone', to: 'kb', share: '12,5' }],
      failure: '60',
    };
    expect(readPlanDraft(draft, name)).toEqual({
      plan: {
        shifts: [{ fromChannelId: 'phone', toChannelId: 'kb', sharePercent: 12.5 }],
        failureSharePercent: 60,
      },
      errors: {},
    });
  });

  it('refuses percentages over 100, the same channel twice and more than all contacts', () => {
    const { plan, errors } = readPlanDraft(
      {
        shifts: [
          { key: 'a', from: 'phone', to: 'phone', share: '20' },
          { key: 'b', from: 'phone', to: 'kb', share: '90' },
          { key: 'c', from: 'email', to: 'kb', share: 'lots' },
        ],
        failure: '120',
      },
      name,
    );
    expect(plan).toBeNull();
    expect(errors).toEqual({
      failure: { key: 'savings.percentNeeded' },
      'a-to': { key: 'savings.sameChannel' },
      'b-share': { key: 'savings.overHundred', values: { name: 'PHONE' } },
      'c-share': { key: 'savings.percentNeeded' },
    });
  });
});
