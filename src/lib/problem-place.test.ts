import { describe, expect, it } from 'vitest';
import { problemPlace } from './problem-place';

describe('where a problem is, in parts', () => {
  it('reads a table, a row counted from 1 and a field', () => {
    expect(problemPlace('rows.measurements[0].date')).toEqual({
      table: 'measurements',
      row: 1,
      field: 'date',
    });
    expect(problemPlace('rows.kpis[4].goalIds[0]')).toEqual({
      table: 'kpis',
      row: 5,
      field: 'goalIds[0]',
    });
    expect(problemPlace('rows.goals[2]')).toEqual({ table: 'goals', row: 3 });
    expect(problemPlace('rows.trainingRoles')).toEqual({ table: 'trainingRoles' });
  });

  it('reads the roadmap details and a roadmap of a backup', () => {
    expect(problemPlace('roadmap.name')).toEqual({ table: 'roadmap', field: 'name' });
    expect(problemPlace('roadmaps[1].rows.goals[0].title')).toEqual({
      roadmap: 2,
      table: 'goals',
      row: 1,
      field: 'title',
    });
  });

  it('reads a field of the file itself, the details as a whole and a whole roadmap of a backup', () => {
    expect(problemPlace('exportedAt')).toEqual({ table: 'file', field: 'exportedAt' });
    expect(problemPlace('roadmap')).toEqual({ table: 'roadmap' });
    expect(problemPlace('roadmaps[3]')).toEqual({ roadmap: 4, table: 'file' });
    expect(problemPlace('roadmaps[0].version')).toEqual({
      roadmap: 1,
      table: 'file',
      field: 'version',
    });
  });

  it('places something inside a field of the file itself at that field', () => {
    // A file whose `format` is an object carrying a forbidden key.
    expect(problemPlace('format.prototype')).toEqual({ table: 'file', field: 'format' });
    expect(problemPlace('roadmaps[1].exportedAt[0]')).toEqual({
      roadmap: 2,
      table: 'file',
      field: 'exportedAt',
    });
  });

  it('leaves any other path to be shown as it is', () => {
    expect(problemPlace('rows[0]')).toBeNull();
    expect(problemPlace('')).toBeNull();
  });
});
