import type { RoadmapBundle, RoadmapRows } from './roadmap-file';

type Row = Record<string, unknown>;

/** Reference fields follow one naming rule: `id`, `somethingId` or `somethingIds`. */
function isReferenceField(field: string): boolean {
  return field === 'id' || field.endsWith('Id') || field.endsWith('Ids');
}

/** Rewrites reference fields at any depth (survey answers and savings shifts nest them). */
function remapValue(value: unknown, idMap: Map<string, string>, isReference: boolean): unknown {
  if (typeof value === 'string') return isReference ? (idMap.get(value) ?? value) : value;
  if (Array.isArray(value)) return value.map((item) => remapValue(item, idMap, isReference));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([field, child]) => [
        field,
        remapValue(child, idMap, isReferenceField(field)),
      ]),
    );
  }
  return value;
}

function remapRow(row: Row, idMap: Map<string, string>): Row {
  return remapValue(row, idMap, false) as Row;
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
