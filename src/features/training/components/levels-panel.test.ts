import { describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../../../test/generators';
import type { TrainingData } from '../api/training-repository';
import type { LevelKind } from '../model/training';
import { levelCounts, levelRows } from './levels-panel';

function trainingData(size: { roles: number; people: number; competencies: number }): TrainingData {
  const { rows } = makeRoadmapFile(3, { ...size, modules: 0 });
  return {
    roles: rows.trainingRoles,
    people: rows.trainingPeople,
    competencies: rows.competencies,
    levels: rows.competencyLevels,
    modules: [],
    goLiveDate: null,
  };
}

/** The grid's own count: its rows' cells, and those with a level. */
function countedFromRows(data: TrainingData, kind: LevelKind) {
  const values = levelRows(data, kind).flatMap((row) => row.values);
  return { filled: values.filter((value) => value !== null).length, cells: values.length };
}

describe('the levels fold line', () => {
  it.each([
    ['a team with people in every role', { roles: 6, people: 60, competencies: 30 }],
    ['roles with nobody named yet', { roles: 5, people: 3, competencies: 4 }],
    ['roles only', { roles: 3, people: 0, competencies: 2 }],
  ])('counts the cells the grids show, for %s', (_, size) => {
    const data = trainingData(size);
    // A level left behind by a removed person, and one for a removed competency, count nowhere.
    const orphans = [
      { ...data.levels[0]!, id: 'gone-person', holderId: 'removed', kind: 'current' as const },
      { ...data.levels[0]!, id: 'gone-competency', competencyId: 'removed' },
    ];
    const withOrphans = { ...data, levels: [...data.levels, ...orphans] };
    for (const kind of ['required', 'current'] as const)
      expect(levelCounts(withOrphans, kind)).toEqual(countedFromRows(withOrphans, kind));
  });
});
