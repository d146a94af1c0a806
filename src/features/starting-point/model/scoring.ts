import type { Score, Subject } from './starting-point';
import { themes, type Theme } from './themes';

/** The room's verdict on one subject and theme: mean of the given scores, spread and count. */
export interface ThemeResult {
  mean: number | null;
  min: number | null;
  max: number | null;
  count: number;
}

export type SubjectResults = Record<Theme, ThemeResult>;

const noScores: ThemeResult = { mean: null, min: null, max: null, count: 0 };

/** Unscored cells have no row, so they never count as zero. */
export function themeResult(values: readonly number[]): ThemeResult {
  if (values.length === 0) return noScores;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { mean: sum / values.length, min, max, count: values.length };
}

/** Results for every subject in one pass over the scores (60 x 8 x 2 cells stay instant). */
export function resultsBySubject(
  subjects: readonly Subject[],
  scores: readonly Score[],
): Map<string, SubjectResults> {
  const values = new Map<string, Record<Theme, number[]>>();
  for (const subject of subjects) values.set(subject.id, { digital: [], culture: [] });
  for (const score of scores) values.get(score.subjectId)?.[score.theme].push(score.value);
  const results = new Map<string, SubjectResults>();
  for (const [subjectId, byTheme] of values) {
    results.set(subjectId, {
      digital: themeResult(byTheme.digital),
      culture: themeResult(byTheme.culture),
    });
  }
  return results;
}

export interface ThemeLeader {
  subjectId: string;
  name: string;
  mean: number;
}

/** Means closer than this are the same score: 13/3 and 4.333… must tie, not rank by rounding. */
const tieTolerance = 1e-9;

export interface ThemeComparison {
  own: number | null;
  /** A competitor with the highest mean on this theme (the first of `leaders`). */
  best: ThemeLeader | null;
  /** Every competitor with the highest mean: more than one when they tie. */
  leaders: ThemeLeader[];
  competitorAverage: number | null;
  /** Own minus best competitor: negative means behind. */
  gapToBest: number | null;
  gapToAverage: number | null;
}

export type StartingPointSummary = Record<Theme, ThemeComparison>;

export function summarizeStartingPoint(
  subjects: readonly Subject[],
  scores: readonly Score[],
): StartingPointSummary {
  const results = resultsBySubject(subjects, scores);
  const own = subjects.find((subject) => subject.kind === 'own');
  const competitors = subjects.filter((subject) => subject.kind === 'competitor');
  const summarize = (theme: Theme): ThemeComparison => {
    const ownMean = own ? (results.get(own.id)?.[theme].mean ?? null) : null;
    let leaders: ThemeLeader[] = [];
    const means: number[] = [];
    for (const competitor of competitors) {
      const mean = results.get(competitor.id)?.[theme].mean ?? null;
      if (mean === null) continue;
      means.push(mean);
      const leader = { subjectId: competitor.id, name: competitor.name, mean };
      const top = leaders[0]?.mean;
      if (top === undefined || mean > top + tieTolerance) leaders = [leader];
      else if (Math.abs(mean - top) <= tieTolerance) leaders.push(leader);
    }
    const best = leaders[0] ?? null;
    const competitorAverage =
      means.length > 0 ? means.reduce((sum, mean) => sum + mean, 0) / means.length : null;
    return {
      own: ownMean,
      best,
      leaders,
      competitorAverage,
      gapToBest: ownMean !== null && best ? ownMean - best.mean : null,
      gapToAverage:
        ownMean !== null && competitorAverage !== null ? ownMean - competitorAverage : null,
    };
  };
  return { digital: summarize('digital'), culture: summarize('culture') };
}

/** Stage 1 is complete when the own company and at least one competitor are scored on both themes. */
export function isStartingPointComplete(
  subjects: readonly Subject[],
  scores: readonly Score[],
): boolean {
  const results = resultsBySubject(subjects, scores);
  const scoredOnBoth = (subject: Subject) =>
    themes.every((theme) => (results.get(subject.id)?.[theme].count ?? 0) > 0);
  const own = subjects.find((subject) => subject.kind === 'own');
  return (
    own !== undefined &&
    scoredOnBoth(own) &&
    subjects.some((subject) => subject.kind === 'competitor' && scoredOnBoth(subject))
  );
}

/** A point of the positioning chart: digital competence on x, service culture on y. */
export interface PositionPoint {
  subjectId: string;
  name: string;
  isOwn: boolean;
  digital: number;
  culture: number;
}

export function positioningPoints(
  subjects: readonly Subject[],
  scores: readonly Score[],
): PositionPoint[] {
  const results = resultsBySubject(subjects, scores);
  return subjects.flatMap((subject) => {
    const result = results.get(subject.id);
    const digital = result?.digital.mean ?? null;
    const culture = result?.culture.mean ?? null;
    if (digital === null || culture === null) return [];
    return [
      {
        subjectId: subject.id,
        name: subject.name,
        isOwn: subject.kind === 'own',
        digital,
        culture,
      },
    ];
  });
}
