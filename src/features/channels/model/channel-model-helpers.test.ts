import { describe, expect, it } from 'vitest';
import { makeChannel } from '../../../test/channel-factory';
import type { Demographics } from './channel';
import { availableCatalogueKeys, evidenceRows, verdictReasonKeys } from './channel-evidence';
import { readMetric } from './channel-metrics';
import {
  draftFromDemographics,
  readDemographicsDraft,
  referenceTableDraft,
} from './demographics-draft';
import { referencePreferences } from './reference-preferences';

const stamp = '2026-01-01T00:00:00.000Z';
const channel = makeChannel;
const demographics = (overrides: Partial<Demographics> = {}): Demographics => ({
  id: 'd',
  roadmapId: 'r',
  createdAt: stamp,
  updatedAt: stamp,
  shares: { silent: 0, boomers: 50, genX: 0, genY: 50 },
  overrides: null,
  source: '',
  ...overrides,
});

describe('readMetric', () => {
  it('reads each metric in the UI language, and empty as unknown', () => {
    expect(readMetric('costPerContact', '5,25', 'it')).toEqual({ ok: true, value: 5.25 });
    expect(readMetric('costPerContact', '5.25', 'en')).toEqual({ ok: true, value: 5.25 });
    expect(readMetric('monthlyContacts', '42.000', 'it')).toEqual({ ok: true, value: 42_000 });
    expect(readMetric('monthlyContacts', '42,000', 'en')).toEqual({ ok: true, value: 42_000 });
    expect(readMetric('responseTimeHours', '', 'it')).toEqual({ ok: true, value: null });
  });

  it('refuses text, negative amounts and part of a contact', () => {
    expect(readMetric('costPerContact', 'abc', 'en')).toEqual({ ok: false, problem: 'malformed' });
    expect(readMetric('costPerContact', '1e400', 'en')).toEqual({
      ok: false,
      problem: 'malformed',
    });
    expect(readMetric('costPerContact', '-3', 'en')).toEqual({ ok: false, problem: 'negative' });
    expect(readMetric('monthlyContacts', '-3', 'en')).toEqual({ ok: false, problem: 'negative' });
    expect(readMetric('monthlyContacts', '12,5', 'it')).toEqual({
      ok: false,
      problem: 'notInteger',
    });
  });

  it('keeps satisfaction within 100 percent', () => {
    expect(readMetric('satisfaction', '101', 'en')).toEqual({
      ok: false,
      problem: 'outOfRange',
      min: 0,
      max: 100,
    });
    expect(readMetric('satisfaction', '100%', 'en')).toEqual({ ok: true, value: 100 });
  });
});

describe('availableCatalogueKeys', () => {
  it('offers the catalogue channels not added yet, in catalogue order', () => {
    const keys = availableCatalogueKeys([
      channel('a', { catalogKey: 'email' }),
      channel('b', { catalogKey: null, name: 'Kiosk' }),
    ]);
    expect(keys).toHaveLength(13);
    expect(keys).not.toContain('email');
    expect(keys[0]).toBe('phone');
  });
});

describe('evidenceRows', () => {
  const competitors = [
    { kind: 'own', offeredChannels: ['phone' as const, 'video-chat' as const] },
    { kind: 'competitor', offeredChannels: ['phone' as const, 'live-chat' as const] },
    { kind: 'competitor', offeredChannels: ['phone' as const] },
  ];

  it('counts competitors, not the own company, and gives verdicts only to the initial idea', () => {
    const rows = evidenceRows({
      channels: [
        channel('phone'),
        channel('video', { catalogKey: 'video-chat', status: 'candidate' }),
        channel('kiosk', { catalogKey: null, name: 'Kiosk', status: 'planned' }),
      ],
      demographics: null,
      survey: null,
      competitors,
    });
    expect(rows.map((row) => row.competitorsOffering)).toEqual([2, 0, null]);
    expect(rows.every((row) => row.competitorsTotal === 2)).toBe(true);
    expect(rows[0]?.verdict).toBeNull();
    expect(rows[1]?.verdict?.kind).toBe('no-evidence');
    expect(rows[2]?.verdict?.kind).toBe('no-evidence');
  });

  it('uses the survey first and the age mix otherwise, with the user’s own table when given', () => {
    const channels = [channel('phone', { status: 'planned' })];
    const fromMix = evidenceRows({
      channels,
      demographics: demographics(),
      survey: null,
      competitors,
    });
    expect(fromMix[0]?.expectedShare).toBeCloseTo(44.5, 10);
    expect(fromMix[0]?.verdict).toMatchObject({ kind: 'supported', basis: 'demographics' });

    const own = structuredClone(referencePreferences);
    own.phone = { silent: 5, boomers: 5, genX: 5, genY: 5 };
    const fromOwn = evidenceRows({
      channels,
      demographics: demographics({ overrides: own }),
      survey: null,
      competitors,
    });
    expect(fromOwn[0]?.expectedShare).toBeCloseTo(5, 10);
    expect(fromOwn[0]?.verdict?.kind).toBe('contradicted');

    const surveyed = evidenceRows({
      channels,
      demographics: demographics(),
      survey: {
        id: 's',
        roadmapId: 'r',
        createdAt: stamp,
        updatedAt: stamp,
        respondents: 200,
        answers: [{ channelId: 'phone', count: 30, reasons: '' }],
      },
      competitors,
    });
    expect(surveyed[0]?.surveyShare).toBe(15);
    expect(surveyed[0]?.surveyNotAsked).toBe(false);
    expect(surveyed[0]?.verdict).toMatchObject({ kind: 'weak', basis: 'survey', share: 15 });
  });

  it('tells a channel the survey did not ask about from one nobody chose', () => {
    const rows = evidenceRows({
      channels: [
        channel('phone', { status: 'planned' }),
        channel('social', { catalogKey: 'social', status: 'candidate' }),
      ],
      demographics: demographics(),
      survey: {
        id: 's',
        roadmapId: 'r',
        createdAt: stamp,
        updatedAt: stamp,
        respondents: 200,
        answers: [{ channelId: 'phone', count: 0, reasons: '' }],
      },
      competitors,
    });
    expect(rows[0]).toMatchObject({ surveyShare: 0, surveyNotAsked: false });
    expect(rows[0]?.verdict).toMatchObject({ kind: 'contradicted', basis: 'survey' });
    expect(rows[1]).toMatchObject({ surveyShare: null, surveyNotAsked: true });
    // Not asked: the age mix (50% boomers, 50% generation Y) decides, at about 19.95%.
    expect(rows[1]?.verdict).toMatchObject({
      kind: 'weak',
      basis: 'demographics',
      notAskedInSurvey: true,
    });
    expect(rows[1]?.verdict?.share).toBeCloseTo(19.95, 10);
  });
});

describe('verdictReasonKeys', () => {
  const base = { share: 3, competitorsOffering: 1, competitorsTotal: 4, notAskedInSurvey: false };
  it('names the evidence that decided and the competitors when there are any', () => {
    expect(verdictReasonKeys({ ...base, kind: 'contradicted', basis: 'survey' })).toEqual({
      evidence: 'reason.contradicted.survey',
      notAsked: null,
      competitors: 'competitorsOffer',
    });
    expect(
      verdictReasonKeys({ ...base, kind: 'no-evidence', basis: null, competitorsTotal: 0 }),
    ).toEqual({ evidence: 'reason.noEvidence', notAsked: null, competitors: null });
  });

  it('says when the survey did not ask about the channel', () => {
    expect(
      verdictReasonKeys({ ...base, kind: 'weak', basis: 'demographics', notAskedInSurvey: true }),
    ).toEqual({
      evidence: 'reason.weak.demographics',
      notAsked: 'reason.notAsked',
      competitors: 'competitorsOffer',
    });
  });
});

describe('demographics draft', () => {
  it('round-trips stored figures and writes nothing while a field is wrong', () => {
    const draft = draftFromDemographics(demographics({ source: 'CRM 2026' }), 'it');
    expect(readDemographicsDraft(draft, 'it').values).toEqual({
      shares: { silent: 0, boomers: 50, genX: 0, genY: 50 },
      overrides: null,
      source: 'CRM 2026',
    });
    const wrong = { ...draft, shares: { ...draft.shares, genX: '120' } };
    expect(readDemographicsDraft(wrong, 'it')).toEqual({
      values: null,
      problems: { 'shares.genX': { ok: false, problem: 'outOfRange', min: 0, max: 100 } },
    });
  });

  it('starts the user’s own table from the reference and needs every cell', () => {
    const own = referenceTableDraft('it');
    expect(own.phone.genX).toBe('46,3');
    expect(referenceTableDraft('en').phone.genX).toBe('46.3');
    own.paperMail.silent = '';
    const empty = draftFromDemographics(null, 'it');
    const read = readDemographicsDraft({ ...empty, overrides: own }, 'it');
    expect(read.values).toBeNull();
    expect(read.problems).toEqual({
      'overrides.paperMail.silent': { ok: false, problem: 'required' },
    });
    own.paperMail.silent = '17,5';
    const fixed = readDemographicsDraft({ ...empty, overrides: own }, 'it');
    expect(fixed.values?.overrides?.paperMail.silent).toBe(17.5);
    expect(fixed.values?.shares).toEqual({ silent: null, boomers: null, genX: null, genY: null });
  });
});
