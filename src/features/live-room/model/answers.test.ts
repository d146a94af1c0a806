import { describe, expect, it } from 'vitest';
import { readParticipantAnswers, roomSetupSchema, scoreKey, type RoomSetup } from './answers';

const scoring: RoomSetup = {
  kind: 'scores',
  subjects: [
    { id: 's-own', name: 'Libeccio Air' },
    { id: 's-1', name: 'Maestrale Airways' },
  ],
  themes: [
    { id: 'digital', label: 'Digital channels' },
    { id: 'culture', label: 'Service culture' },
  ],
};
const voting: RoomSetup = {
  kind: 'dots',
  options: [
    { id: 'g1', label: 'Fewer calls' },
    { id: 'g2', label: 'Faster answers' },
  ],
  budget: 3,
};

describe('what the laptop takes from a phone', () => {
  it('takes whole scores 1-5 on the room’s subjects and themes, and lists the rest as refused', () => {
    const answers = readParticipantAnswers(
      {
        scores: {
          [scoreKey('s-own', 'digital')]: 4,
          [scoreKey('s-1', 'culture')]: 5,
          [scoreKey('s-1', 'digital')]: null,
          [scoreKey('s-gone', 'digital')]: 3,
          's-own|price': 2,
          [scoreKey('s-own', 'culture')]: 6,
          'no-separator': 3,
        },
        extra: { anything: true },
      },
      scoring,
    );
    expect(answers.scores).toEqual([
      { subjectId: 's-own', theme: 'digital', value: 4 },
      { subjectId: 's-1', theme: 'culture', value: 5 },
    ]);
    expect(answers.refused.map((refusal) => refusal.kind)).toEqual([
      'unknown-subject',
      'unknown-theme',
      'not-a-score',
      'unknown-subject',
    ]);
  });

  it('refuses values that only look like scores: text, decimals, huge numbers, objects', () => {
    const key = scoreKey('s-own', 'digital');
    for (const value of ['4', 3.5, 1e308, { value: 4 }, [4], true, -1, 0]) {
      const answers = readParticipantAnswers({ scores: { [key]: value } }, scoring);
      expect(answers.scores, JSON.stringify(value)).toEqual([]);
      expect(answers.refused).toEqual([{ kind: 'not-a-score', key }]);
    }
  });

  it('takes dots within the dots each person has, and none from a phone that spends more', () => {
    expect(readParticipantAnswers({ dots: { g1: 2, g2: 1 } }, voting)).toEqual({
      scores: [],
      dots: [
        { optionId: 'g1', dots: 2 },
        { optionId: 'g2', dots: 1 },
      ],
      refused: [],
    });
    const greedy = readParticipantAnswers({ dots: { g1: 3, g2: 2, g9: 1 } }, voting);
    expect(greedy.dots).toEqual([]);
    expect(greedy.refused).toEqual([
      { kind: 'unknown-option', key: 'g9' },
      { kind: 'over-budget', used: 5, budget: 3 },
    ]);
    expect(readParticipantAnswers({ dots: { g1: 0, g2: 1.5 } }, voting)).toEqual({
      scores: [],
      dots: [],
      refused: [{ kind: 'not-dots', key: 'g2' }],
    });
  });

  it('refuses a document that is not a phone’s answers at all', () => {
    for (const raw of [null, 'scores', 42, [1, 2]]) {
      expect(readParticipantAnswers(raw, scoring).refused).toEqual([{ kind: 'not-answers' }]);
    }
    // A flood of keys is read only up to what a phone can hold.
    const flood = Object.fromEntries(
      Array.from({ length: 5000 }, (_, index) => [`x${index}|digital`, 3]),
    );
    expect(readParticipantAnswers({ scores: flood }, scoring).refused).toHaveLength(500);
  });

  it('checks the room’s own setup before the phones read it', () => {
    expect(roomSetupSchema.safeParse(voting).success).toBe(true);
    expect(roomSetupSchema.safeParse({ ...voting, budget: 11 }).success).toBe(false);
    expect(roomSetupSchema.safeParse({ kind: 'scores', subjects: [{ id: '' }] }).success).toBe(
      false,
    );
  });
});
