import type { ReadMode } from '../core/stage-descriptor';
import { db } from './database';

/**
 * One roadmap's rows of each table, asked for together: each read is a round trip to the
 * browser's storage process, and one after the other they add up. A table read as `'any'` gives
 * one row at most, enough to say whether there is one (a KPI can have thousands of values). Call
 * it inside a transaction that locks the tables.
 */
export async function readRoadmapRows(
  roadmapId: string,
  tables: readonly string[],
  modeOf: (table: string) => ReadMode = () => 'all',
): Promise<Record<string, unknown[]>> {
  const found = await Promise.all(
    tables.map((table) => {
      const query = db.table(table).where('roadmapId').equals(roadmapId);
      return (modeOf(table) === 'any' ? query.limit(1) : query).toArray();
    }),
  );
  return Object.fromEntries(tables.map((table, index) => [table, found[index] ?? []]));
}
