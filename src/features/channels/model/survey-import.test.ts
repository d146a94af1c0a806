import { describe, expect, it } from 'vitest';
import { surveySchema } from './channel';
import {
  hasSurveyCounts,
  importedSurvey,
  joinReasons,
  mergeImportedSurvey,
  reasonsSeparator,
} from './survey-import';

describe('joining respondents’ reasons', () => {
  it('joins each different reason once with " · ", on one line', () => {
    expect(joinReasons(['Quick', ' quick ', 'No queue\non the phone', '', 'Free'])).toBe(
      'Quick · No queue on the phone · Free',
    );
  });

  it('keeps whole reasons within the limit, and cuts a single long one with an ellipsis', () => {
    expect(joinReasons(['aaaa', 'bbbb', 'cccc'], 12)).toBe('aaaa · bbbb');
    expect(joinReasons(['abcdefghij'], 5)).toBe('abcd…');
  });

  it('never exceeds what the survey schema stores, and drops characters it refuses', () => {
    const many = Array.from({ length: 2000 }, (_, index) => `reason ${index}`);
    const joined = joinReasons([...many, 'bad\u0001char']);
    expect(joined.length).toBeLessThanOrEqual(4000);
    expect(joined.endsWith(`reason ${joined.split(reasonsSeparator).length - 1}`)).toBe(true);
    expect(joinReasons(['bad\u0001char'])).toBe('bad char');
    const survey = {
      id: 's',
      roadmapId: 'r',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      respondents: 1,
      answers: [{ channelId: 'phone', count: 1, reasons: joined }],
    };
    expect(surveySchema.safeParse(survey).success).toBe(true);
  });
});

describe('importing into a survey', () => {
  const counted = {
    respondents: 4,
    counts: new Map([
      ['phone', 3],
      ['chat', 1],
    ]),
    reasons: new Map([['phone', ['Fast', 'A person']]]),
  };
  const stored = {
    respondents: 10,
    answers: [
      { channelId: 'phone', count: 6, reasons: 'Typed by hand' },
      { channelId: 'email', count: 2, reasons: 'Written record' },
    ],
  };

  it('turns the counts into answers for the asked channels, with or without reasons', () => {
    expect(importedSurvey(counted, ['phone', 'chat', 'email'], true)).toEqual({
      respondents: 4,
      answers: [
        { channelId: 'phone', count: 3, reasons: 'Fast · A person' },
        { channelId: 'chat', count: 1, reasons: '' },
        { channelId: 'email', count: 0, reasons: '' },
      ],
    });
    expect(importedSurvey(counted, ['phone'], false).answers).toEqual([
      { channelId: 'phone', count: 3, reasons: null },
    ]);
  });

  it('replaces the counts, keeping typed reasons only when the file has none', () => {
    const withReasons = importedSurvey(counted, ['phone', 'chat'], true);
    expect(mergeImportedSurvey(stored, withReasons, 'replace')).toEqual({
      respondents: 4,
      answers: [
        { channelId: 'phone', count: 3, reasons: 'Fast · A person' },
        { channelId: 'chat', count: 1, reasons: '' },
      ],
    });
    const withoutReasons = importedSurvey(counted, ['phone', 'chat'], false);
    expect(mergeImportedSurvey(stored, withoutReasons, 'replace').answers[0]).toEqual({
      channelId: 'phone',
      count: 3,
      reasons: 'Typed by hand',
    });
  });

  it('adds respondents and counts per channel, keeping channels only one side asked', () => {
    const imported = importedSurvey(counted, ['phone', 'chat'], true);
    expect(mergeImportedSurvey(stored, imported, 'add')).toEqual({
      respondents: 14,
      answers: [
        { channelId: 'phone', count: 9, reasons: 'Typed by hand · Fast · A person' },
        { channelId: 'email', count: 2, reasons: 'Written record' },
        { channelId: 'chat', count: 1, reasons: '' },
      ],
    });
    expect(mergeImportedSurvey(null, imported, 'add').respondents).toBe(4);
  });

  it('asks only when the survey has respondents or counts', () => {
    expect(hasSurveyCounts(null)).toBe(false);
    expect(hasSurveyCounts({ respondents: 0, answers: [] })).toBe(false);
    expect(
      hasSurveyCounts({ respondents: 0, answers: [{ channelId: 'a', count: 0, reasons: 'x' }] }),
    ).toBe(false);
    expect(hasSurveyCounts(stored)).toBe(true);
  });
});
