import { describe, expect, it } from 'vitest';
import { makeChannel } from '../../../test/channel-factory';
import {
  channelVerdict,
  expectedPreferences,
  lacksHumanTouch,
  channelsToOptimiseFirst,
  sharesTotal,
} from './evidence';
import { computeSavings } from './savings';
import { referencePreferences } from './reference-preferences';

const channel = makeChannel;

describe('expectedPreferences', () => {
  it('is the share-weighted mean of the reference table: 50% boomers + 50% generation Y prefer the phone at 44.5%', () => {
    const expected = expectedPreferences({ silent: 0, boomers: 50, genX: 0, genY: 50 });
    expect(expected?.phone).toBeCloseTo(44.5, 10);
    expect(expected?.socialMedia).toBeCloseTo((3.5 + 36.4) / 2, 10);
  });

  it('gives each generation its own column when the base is only that generation', () => {
    const expected = expectedPreferences({ silent: null, boomers: null, genX: 100, genY: null });
    expect(expected).toEqual({
      phone: 46.3,
      electronicMessages: 44.1,
      socialMedia: 20.7,
      smartphoneApp: 17.2,
      paperMail: 9.6,
    });
  });

  it('uses a market-specific table when given one', () => {
    const table = {
      ...referencePreferences,
      phone: { silent: 10, boomers: 10, genX: 10, genY: 90 },
    };
    expect(expectedPreferences({ silent: 0, boomers: 0, genX: 50, genY: 50 }, table)?.phone).toBe(
      50,
    );
  });

  it('has nothing to say without shares, and reports totals that are not 100', () => {
    expect(expectedPreferences({ silent: null, boomers: null, genX: null, genY: null })).toBeNull();
    expect(sharesTotal({ silent: 10, boomers: 20, genX: 30, genY: null })).toBe(60);
  });
});

describe('channelVerdict', () => {
  const evidence = (survey: Record<string, number> | null) => ({
    survey: new Map(Object.entries(survey ?? {})),
    hasSurvey: survey !== null,
    expected: expectedPreferences({ silent: 0, boomers: 50, genX: 0, genY: 50 }),
    competitors: new Map([['social' as const, 2]]),
    competitorsTotal: 4,
  });

  it('trusts the survey first: 3% of respondents contradicts a planned channel', () => {
    expect(channelVerdict(channel('x', { catalogKey: 'social' }), evidence({ x: 3 }))).toEqual({
      kind: 'contradicted',
      basis: 'survey',
      share: 3,
      competitorsOffering: 2,
      competitorsTotal: 4,
      notAskedInSurvey: false,
    });
  });

  it('falls back to demographics for a channel the survey did not ask about', () => {
    const verdict = channelVerdict(channel('x', { catalogKey: 'social' }), evidence({ y: 40 }));
    expect(verdict).toMatchObject({
      kind: 'weak',
      basis: 'demographics',
      notAskedInSurvey: true,
    });
    expect(verdict.share).toBeCloseTo(19.95, 10);
    expect(
      channelVerdict(channel('x', { catalogKey: 'forum' }), evidence({ y: 40 })),
    ).toMatchObject({ kind: 'no-evidence', notAskedInSurvey: true });
  });

  it('counts a channel asked about and chosen by nobody as contradicted', () => {
    expect(
      channelVerdict(channel('x', { catalogKey: 'social' }), evidence({ x: 0 })),
    ).toMatchObject({ kind: 'contradicted', basis: 'survey', share: 0, notAskedInSurvey: false });
  });

  it('falls back to demographics when there is no survey', () => {
    const verdict = channelVerdict(channel('x', { catalogKey: 'social' }), evidence(null));
    expect(verdict).toMatchObject({ kind: 'weak', basis: 'demographics' });
    expect(verdict.share).toBeCloseTo(19.95, 10);
    expect(channelVerdict(channel('y', { catalogKey: 'phone' }), evidence(null)).kind).toBe(
      'supported',
    );
  });

  it('says there is no evidence for a channel outside the reference groups', () => {
    expect(channelVerdict(channel('x', { catalogKey: 'forum' }), evidence(null)).kind).toBe(
      'no-evidence',
    );
  });
});

describe('checks', () => {
  it('names channels in use that work poorly', () => {
    const poor = channel('a', { performance: 2 });
    expect(
      channelsToOptimiseFirst([
        poor,
        channel('b', { performance: 3 }),
        channel('c', { status: 'planned', performance: 1 }),
      ]),
    ).toEqual([poor]);
  });

  it('warns when no planned or in-use channel reaches a person', () => {
    expect(
      lacksHumanTouch([channel('a', { humanTouch: false }), channel('b', { status: 'candidate' })]),
    ).toBe(true);
    expect(lacksHumanTouch([channel('a', { status: 'planned' })])).toBe(false);
  });
});

describe('computeSavings', () => {
  const phone = channel('phone', { monthlyContacts: 10_000, costPerContact: 6 });
  const email = channel('email', {
    catalogKey: 'email',
    monthlyContacts: 4_000,
    costPerContact: 4,
  });
  const kb = channel('kb', {
    catalogKey: 'knowledge-base',
    humanTouch: false,
    monthlyContacts: 0,
    costPerContact: 0.5,
  });
  const chat = channel('chat', { catalogKey: 'live-chat', monthlyContacts: 0, costPerContact: 3 });

  it('moves shares of contacts and prices them before and after', () => {
    const result = computeSavings([phone, email, kb, chat], {
      shifts: [
        { fromChannelId: 'phone', toChannelId: 'kb', sharePercent: 20 },
        { fromChannelId: 'email', toChannelId: 'chat', sharePercent: 10 },
      ],
      failureRatePercent: 0,
      failureSharePercent: 0,
    });
    expect(result.monthlyCostBefore).toBe(76_000);
    expect(result.monthlyCostAfter).toBe(8_000 * 6 + 3_600 * 4 + 2_000 * 0.5 + 400 * 3);
    expect(result.yearlySaving).toBe((76_000 - 64_600) * 12);
    expect(result.contactsAfter).toBe(result.contactsBefore);
    expect(result.averageCostAfter).toBeCloseTo(64_600 / 14_000, 10);
  });

  it('sends back to the phone only the failures of the new channel that call back', () => {
    // The workshop's case: 4,200 contacts moved. A 20% failure rate leaves 840 unresolved, and
    // 54% of those (453.6) call back, not 54% of all 4,200 (2,268).
    const result = computeSavings([channel('phone', { monthlyContacts: 21_000 }), kb], {
      shifts: [{ fromChannelId: 'phone', toChannelId: 'kb', sharePercent: 20 }],
      failureRatePercent: 20,
      failureSharePercent: 54,
    });
    const volume = (id: string) => result.channels.find((entry) => entry.channelId === id);
    expect(result.movedContacts).toBeCloseTo(4_200, 10);
    expect(result.unresolvedContacts).toBeCloseTo(840, 10);
    expect(result.calledBack).toBeCloseTo(453.6, 10);
    expect(result.returnedToPhone).toBeCloseTo(453.6, 10);
    expect(volume('kb')?.contactsAfter).toBeCloseTo(4_200 - 453.6, 10);
    expect(volume('phone')?.contactsAfter).toBeCloseTo(16_800 + 453.6, 10);
    expect(result.contactsAfter).toBeCloseTo(result.contactsBefore, 10);
  });

  it('sends every failure back with a 100% failure rate, as plans before file version 6 did', () => {
    const result = computeSavings([phone, kb], {
      shifts: [{ fromChannelId: 'phone', toChannelId: 'kb', sharePercent: 20 }],
      failureRatePercent: 100,
      failureSharePercent: 54,
    });
    expect(result.returnedToPhone).toBeCloseTo(2_000 * 0.54, 10);
  });

  it('sends the failures that call back to where they came from when no phone is in use', () => {
    const result = computeSavings([email, chat], {
      shifts: [{ fromChannelId: 'email', toChannelId: 'chat', sharePercent: 50 }],
      failureRatePercent: 10,
      failureSharePercent: 50,
    });
    const volume = (id: string) => result.channels.find((entry) => entry.channelId === id);
    expect(result.calledBack).toBeCloseTo(100, 10);
    expect(result.returnedToPhone).toBe(0);
    expect(volume('email')?.contactsAfter).toBeCloseTo(2_100, 10);
  });

  it('ignores shifts between channels that are not in the plan', () => {
    const result = computeSavings([phone], {
      shifts: [{ fromChannelId: 'phone', toChannelId: 'gone', sharePercent: 50 }],
      failureRatePercent: 0,
      failureSharePercent: 0,
    });
    expect(result.monthlyCostAfter).toBe(result.monthlyCostBefore);
  });
});
