import { describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../../../test/generators';
import {
  isStartingPointComplete,
  positioningPoints,
  resultsBySubject,
  summarizeStartingPoint,
  themeResult,
} from './scoring';
import type { Score, Subject } from './starting-point';

const stamp = '2026-01-01T00:00:00.000Z';
const subject = (id: string, kind: 'own' | 'competitor', name = id): Subject => ({
  id,
  roadmapId: 'r',
  createdAt: stamp,
  updatedAt: stamp,
  kind,
  name,
  website: '',
  notes: '',
  evidence: { digital: '', culture: '' },
  offeredChannels: [],
  position: 0,
});
let counter = 0;
const score = (
  subjectId: string,
  assessorId: string,
  theme: 'digital' | 'culture',
  value: number,
): Score => ({
  id: `s${(counter += 1)}`,
  roadmapId: 'r',
  createdAt: stamp,
  updatedAt: stamp,
  subjectId,
  assessorId,
  theme,
  value,
});

describe('themeResult', () => {
  it('gives the mean, the spread and how many scored', () => {
    expect(themeResult([2, 3, 5])).toEqual({ mean: 10 / 3, min: 2, max: 5, count: 3 });
  });

  it('has no mean when nobody scored, rather than zero', () => {
    expect(themeResult([])).toEqual({ mean: null, min: null, max: null, count: 0 });
  });
});

describe('summarizeStartingPoint', () => {
  const subjects = [
    subject('own', 'own', 'Us'),
    subject('a', 'competitor', 'Alpha'),
    subject('b', 'competitor', 'Beta'),
    subject('c', 'competitor', 'Gamma'),
  ];
  const scores = [
    score('own', 'x', 'digital', 2),
    score('own', 'y', 'digital', 3),
    score('own', 'x', 'culture', 4),
    score('a', 'x', 'digital', 5),
    score('a', 'y', 'digital', 4),
    score('a', 'x', 'culture', 2),
    score('b', 'x', 'digital', 3),
    score('b', 'y', 'culture', 5),
    // Gamma is not scored at all: it must not pull the averages down.
  ];

  it('compares the own company with the best competitor and the competitor average', () => {
    const summary = summarizeStartingPoint(subjects, scores);
    expect(summary.digital.own).toBe(2.5);
    expect(summary.digital.best).toEqual({ subjectId: 'a', name: 'Alpha', mean: 4.5 });
    expect(summary.digital.competitorAverage).toBe(3.75);
    expect(summary.digital.gapToBest).toBe(-2);
    expect(summary.digital.gapToAverage).toBe(-1.25);
    expect(summary.culture.best?.name).toBe('Beta');
    expect(summary.culture.gapToBest).toBe(-1);
  });

  it('names every competitor that ties for best, even when the means come from different counts', () => {
    const tied = [
      ...scores,
      // Gamma ties Alpha on digital (4.5 from two scores) and Beta on culture (5 from one).
      score('c', 'x', 'digital', 4),
      score('c', 'y', 'digital', 5),
      score('c', 'x', 'culture', 5),
    ];
    const summary = summarizeStartingPoint(subjects, tied);
    expect(summary.digital.leaders.map((leader) => leader.name)).toEqual(['Alpha', 'Gamma']);
    expect(summary.digital.best?.name).toBe('Alpha');
    expect(summary.culture.leaders.map((leader) => leader.name)).toEqual(['Beta', 'Gamma']);
    expect(summary.culture.gapToBest).toBe(-1);
  });

  it('treats means that differ only by rounding as a tie', () => {
    const thirds = [
      subject('own', 'own'),
      subject('p', 'competitor', 'P'),
      subject('q', 'competitor', 'Q'),
    ];
    const summary = summarizeStartingPoint(thirds, [
      // (4 + 5 + 4) / 3 and (5 + 4 + 4) / 3 sum in a different order.
      score('p', 'x', 'culture', 4),
      score('p', 'y', 'culture', 5),
      score('p', 'z', 'culture', 4),
      score('q', 'x', 'culture', 5),
      score('q', 'y', 'culture', 4),
      score('q', 'z', 'culture', 4),
      score('q', 'x', 'digital', 3),
    ]);
    expect(summary.culture.leaders.map((leader) => leader.name)).toEqual(['P', 'Q']);
    expect(summary.digital.leaders.map((leader) => leader.name)).toEqual(['Q']);
  });

  it('has no gaps before anything is scored', () => {
    const summary = summarizeStartingPoint(subjects, []);
    expect(summary.culture).toEqual({
      own: null,
      best: null,
      leaders: [],
      competitorAverage: null,
      gapToBest: null,
      gapToAverage: null,
    });
  });
});

describe('isStartingPointComplete', () => {
  const own = subject('own', 'own');
  const rival = subject('a', 'competitor');
  it('needs the own company and one competitor scored on both themes', () => {
    const both = (id: string) => [score(id, 'x', 'digital', 3), score(id, 'x', 'culture', 3)];
    expect(
      isStartingPointComplete([own, rival], [...both('own'), score('a', 'x', 'digital', 4)]),
    ).toBe(false);
    expect(isStartingPointComplete([own, rival], both('own'))).toBe(false);
    expect(isStartingPointComplete([own, rival], [...both('own'), ...both('a')])).toBe(true);
  });
});

describe('positioningPoints', () => {
  it('places every subject scored on both themes, and marks the own company', () => {
    const points = positioningPoints(
      [subject('own', 'own', 'Us'), subject('a', 'competitor', 'Alpha')],
      [
        score('own', 'x', 'digital', 2),
        score('own', 'x', 'culture', 4),
        score('a', 'x', 'digital', 5),
      ],
    );
    expect(points).toEqual([{ subjectId: 'own', name: 'Us', isOwn: true, digital: 2, culture: 4 }]);
  });
});

describe('scale', () => {
  // How fast this runs is measured by the benchmark (tests/bench/starting-point.bench.ts).
  it('aggregates 60 competitors x 8 assessors x 2 themes, every score counted once', () => {
    const file = makeRoadmapFile(1, { competitors: 60, assessors: 8 });
    expect(file.rows.scores).toHaveLength(61 * 8 * 2);
    const results = resultsBySubject(file.rows.subjects, file.rows.scores);
    expect(results.size).toBe(61);
    for (const result of results.values()) {
      expect(result.digital.count).toBe(8);
      expect(result.culture.count).toBe(8);
      expect(result.digital.mean).toBeGreaterThanOrEqual(1);
      expect(result.digital.mean).toBeLessThanOrEqual(5);
    }
    const summary = summarizeStartingPoint(file.rows.subjects, file.rows.scores);
    const competitorMeans = file.rows.subjects
      .filter((subject) => subject.kind === 'competitor')
      .map((subject) => results.get(subject.id)!.digital.mean!);
    expect(summary.digital.best?.mean).toBe(Math.max(...competitorMeans));
  });
});
