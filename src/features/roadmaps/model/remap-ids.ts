import type { RoadmapBundle, RoadmapRows } from './roadmap-file';

type Row = Record<string, unknown>;

/** Reference fields follow one naming rule: `id`, `somethingId` or `somethingIds`. */
function isReferenceField(field: string): boolean {
  return field === 'id' || field.endsWith('Id') || field.endsWith('Ids');
}

function remapRow(row: Row, idMap: Map<string, string>): Row {
  const copy: Row = { ...row };
  for (const [field, value] of Object.entries(row)) {
    if (!isReferenceField(field)) continue;
    if (typeof value === 'string') copy[field] = idMap.get(value) ?? value;
    else if (Array.isArray(value))
      copy[field] = value.map((item) =>
        typeof item === 'string' ? (idMap.get(item) ?? item) : item,
      );
  }
  return copy;
}

/**
 * Gives the roadmap and every row a fresh id and rewrites the references between them, so that an
 * import or a duplicate never collides with what is already in the library.
 */
export function withNewIds(bundle: RoadmapBundle, makeId: () => string): RoadmapBundle {
  const idMap = new Map<string, string>([[bundle.roadmap.id, makeId()]]);
  for (const rows of Object.values(bundle.rows) as Row[][]) {
    for (const row of rows) idMap.set(String(row.id), makeId());
  }
  const rows = Object.fromEntries(
    Object.entries(bundle.rows).map(([table, tableRows]) => [
      table,
      (tableRows as Row[]).map((row) => remapRow(row, idMap)),
    ]),
  ) as unknown as RoadmapRows;
  return { roadmap: { ...bundle.roadmap, id: idMap.get(bundle.roadmap.id) ?? makeId() }, rows };
}
