/**
 * Where in a file a problem is, in the parts a person reads: which roadmap of a backup, which
 * table, which row (counted from 1), which field. Parsed from paths such as
 * `roadmaps[2].rows.goals[0].title` (see `formatPath`).
 */
export interface ProblemPlace {
  /** The roadmap's number in a backup, from 1. */
  roadmap?: number;
  /** A table name of `rows`, `roadmap` for the roadmap's own details, `file` for the file's own. */
  table: string;
  row?: number;
  field?: string;
}

const placePattern = /^(?:roadmaps\[(\d+)\]\.)?(?:rows\.(\w+)(?:\[(\d+)\])?|(roadmap))(?:\.(.+))?$/;

export function problemPlace(where: string): ProblemPlace | null {
  // A field of the file itself, such as `exportedAt`.
  if (/^\w+$/.test(where)) return { table: 'file', field: where };
  const match = placePattern.exec(where);
  if (!match) return null;
  const [, roadmap, table, row, details, field] = match;
  return {
    ...(roadmap !== undefined ? { roadmap: Number(roadmap) + 1 } : {}),
    table: table ?? details ?? '',
    ...(row !== undefined ? { row: Number(row) + 1 } : {}),
    ...(field !== undefined ? { field } : {}),
  };
}
