import { describe, expect, it } from 'vitest';
import { roomTally, voteResults, votersOf, voteTotals, voterKey, type DotVote } from './dot-votes';

const stamp = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
let next = 0;
const vote = (voter: string, optionId: string, dots: number, minute = 0): DotVote => ({
  id: `v${(next += 1)}`,
  roadmapId: 'r1',
  createdAt: stamp(minute),
  updatedAt: stamp(minute),
  voter,
  optionId,
  dots,
});
const options = [
  { id: 'a', label: 'Fewer calls' },
  { id: 'b', label: 'Faster answers' },
  { id: 'c', label: 'Happier customers' },
];

describe('dot-vote results', () => {
  it('adds every voter’s dots and the room’s tally per option, most first, ties in option order', () => {
    const votes = [
      vote('Anna', 'b', 2),
      vote('Luca', 'b', 1),
      vote(roomTally, 'c', 3),
      vote('Anna', 'a', 1),
      vote('Luca', 'a', 2),
    ];
    expect(voteResults(options, votes)).toEqual([
      { option: options[0], dots: 3, voters: 2 },
      { option: options[1], dots: 3, voters: 2 },
      { option: options[2], dots: 3, voters: 0 },
    ]);
    expect(voteResults(options, [vote('Anna', 'c', 2)]).map((result) => result.dots)).toEqual([
      2, 0, 0,
    ]);
  });

  it('lists the named voters in the order they voted, without the room’s tally', () => {
    const votes = [
      vote('Luca', 'b', 1, 5),
      vote(roomTally, 'a', 4, 1),
      vote('Anna', 'a', 1, 2),
      vote('Anna', 'c', 2, 3),
    ];
    expect(votersOf(votes)).toEqual([
      { voter: 'Anna', dots: { a: 1, c: 2 }, total: 3 },
      { voter: 'Luca', dots: { b: 1 }, total: 1 },
    ]);
    expect(voteTotals(votes)).toEqual({ dots: 8, people: 2 });
  });

  it('keeps one person one voter whatever the case and spacing of the name', () => {
    expect(voterKey('  anna  ', ['Anna', 'Luca'])).toBe('Anna');
    expect(voterKey('Maria  Rosa', ['Anna'])).toBe('Maria Rosa');
    expect(voterKey('MARIA ROSA', ['Maria Rosa'])).toBe('Maria Rosa');
  });
});
