import { describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../../../test/generators';
import { channelChoice } from './channel-choice';

describe('the channel choice the deck draws', () => {
  it('gives each surveyed channel its share of respondents, and the age mix’s expectation where it has one', () => {
    const file = makeRoadmapFile(3, { channels: 6 });
    const survey = file.rows.surveys[0];
    const { survey: shares, expected } = channelChoice(file);
    if (!survey) throw new Error('The generated file has no survey');
    expect(survey.answers.length).toBeGreaterThan(0);
    expect(expected.size).toBeGreaterThan(0);
    for (const answer of survey.answers)
      expect(shares.get(answer.channelId)).toBeCloseTo((answer.count / survey.respondents) * 100);
    for (const share of expected.values()) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(100);
    }
  });

  it('is empty without a survey or an age mix', () => {
    const file = makeRoadmapFile(3, { channels: 2 });
    const bare = { rows: { ...file.rows, surveys: [], demographics: [] } };
    expect(channelChoice(bare)).toEqual({ survey: new Map(), expected: new Map() });
  });
});
