import { describe, expect, it } from 'vitest';
import { planDraftFrom, readPlanDraft } from './savings-plan-draft';

const name = (id: string) => id.toUpperCase();

describe('the typed savings plan', () => {
  it('starts with no shifts, a 20% failure rate and the seed’s 54% share that calls back', () => {
    expect(planDraftFrom(null, 'it')).toEqual({ shifts: [], failureRate: '20', failure: '54' });
  });

  it('reads decimal commas in Italian and gives the plan to save', () => {
    const draft = {
      shifts: [{ key: 'a', from: 'phone', to: 'kb', share: '12,5' }],
      failureRate: '17,5',
      failure: '60',
    };
    expect(readPlanDraft(draft, name, 'it')).toEqual({
      plan: {
        shifts: [{ fromChannelId: 'phone', toChannelId: 'kb', sharePercent: 12.5 }],
        failureRatePercent: 17.5,
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
        failureRate: '101',
        failure: '120',
      },
      name,
      'en',
    );
    expect(plan).toBeNull();
    expect(errors).toEqual({
      failureRate: { key: 'savings.percentNeeded' },
      failure: { key: 'savings.percentNeeded' },
      'a-to': { key: 'savings.sameChannel' },
      'b-share': { key: 'savings.overHundred', values: { name: 'PHONE' } },
      'c-share': { key: 'validation.number.malformed' },
    });
  });

  it('reads a share the UI language’s way and says why a typed one is refused', () => {
    const draft = (share: string, failure = '54', failureRate = '20') => ({
      shifts: [{ key: 'a', from: 'phone', to: 'kb', share }],
      failureRate,
      failure,
    });
    expect(readPlanDraft(draft('12.5', '60%', '30%'), name, 'en').plan).toEqual({
      shifts: [{ fromChannelId: 'phone', toChannelId: 'kb', sharePercent: 12.5 }],
      failureRatePercent: 30,
      failureSharePercent: 60,
    });
    expect(readPlanDraft(draft('12.5'), name, 'it').errors).toEqual({
      'a-share': { key: 'validation.number.ambiguous' },
    });
    expect(readPlanDraft(draft('-2'), name, 'it').errors).toEqual({
      'a-share': { key: 'validation.number.negative' },
    });
    expect(readPlanDraft(draft('20', ''), name, 'it').errors).toEqual({
      failure: { key: 'savings.percentNeeded' },
    });
    expect(readPlanDraft(draft('20', '54', ''), name, 'it').errors).toEqual({
      failureRate: { key: 'savings.percentNeeded' },
    });
  });

  it('puts stored shares back in the UI language', () => {
    const plan = {
      shifts: [{ fromChannelId: 'phone', toChannelId: 'kb', sharePercent: 12.5 }],
      failureRatePercent: 7.5,
      failureSharePercent: 54,
    };
    expect(planDraftFrom(plan, 'it').shifts[0]?.share).toBe('12,5');
    expect(planDraftFrom(plan, 'it').failureRate).toBe('7,5');
    expect(planDraftFrom(plan, 'en').shifts[0]?.share).toBe('12.5');
  });
});
