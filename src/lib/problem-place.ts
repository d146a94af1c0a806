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

const backupPattern = /^roadmaps\[(\d+)\](?:\.(.+))?$/;
const placePattern = /^(?:rows\.(\w+)(?:\[(\d+)\])?|(roadmap))(?:\.(.+))?$/;

/** A place inside one roadmap file (or one roadmap of a backup). */
function placeInRoadmap(where: string): ProblemPlace | null {
  // The roadmap's details as a whole, such as a field it should not have.
  if (where === 'roadmap') return { table: 'roadmap' };
  // A field of the file itself, such as `exportedAt`.
  if (/^\w+$/.test(where)) return { table: 'file', field: where };
  const match = placePattern.exec(where);
  if (!match) {
    // Something inside a field of the file itself (`format.prototype`): that field is the place.
    const top = /^(\w+)[.[]/.exec(where);
    return top?.[1] && top[1] !== 'rows' ? { table: 'file', field: top[1] } : null;
  }
  const [, table, row, details, field] = match;
  return {
    table: table ?? details ?? '',
    ...(row !== undefined ? { row: Number(row) + 1 } : {}),
    ...(field !== undefined ? { field } : {}),
  };
}

export function problemPlace(where: string): ProblemPlace | null {
  const inBackup = backupPattern.exec(where);
  if (!inBackup) return placeInRoadmap(where);
  const roadmap = Number(inBackup[1]) + 1;
  // `roadmaps[2]` alone: the whole roadmap, as a file of its own.
  const place = inBackup[2] === undefined ? { table: 'file' } : placeInRoadmap(inBackup[2]);
  return place ? { roadmap, ...place } : null;
}
