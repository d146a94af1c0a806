import { Dexie } from 'dexie';
import type { StageTableName } from '../../../core/stage-descriptor';
import { registeredStages } from '../../../core/stage-registry';
import { db } from '../../../db/database';
import type { LatestValue } from '../../kpis';
import type { StrategyMapSource } from '../model/map-source';
import { sourceFromRows, type MapRows } from '../model/source-from-rows';

/** The tables every stage gives the map, from the registered stage descriptors. */
function mapTables(): StageTableName[] {
  return registeredStages().flatMap((stage) => stage.mapTables ?? []);
}

/**
 * Reads what the map shows, in one read transaction so every section reflects the same moment.
 * Of the KPI values only the newest per KPI is read, straight from the `[kpiId+date]` index: a
 * large roadmap has tens of thousands of values and the map needs one each.
 */
export async function getStrategyMapSource(roadmapId: string): Promise<StrategyMapSource | null> {
  const tables = mapTables();
  const locked = [db.roadmaps, db.measurements, ...tables.map((table) => db.table(table))];
  return db.transaction('r', locked, async () => {
    const [roadmap, ...tableRows] = await Promise.all([
      db.roadmaps.get(roadmapId),
      ...tables.map((table) => db.table(table).where('roadmapId').equals(roadmapId).toArray()),
    ]);
    if (!roadmap) return null;
    const rows: Record<string, unknown[]> = {};
    tables.forEach((table, index) => {
      rows[table] = tableRows[index] ?? [];
    });
    const kpis = (rows as MapRows).kpis ?? [];
    const newest = await Promise.all(
      kpis.map((kpi) =>
        db.measurements
          .where('[kpiId+date]')
          .between([kpi.id, Dexie.minKey], [kpi.id, Dexie.maxKey])
          .last(),
      ),
    );
    const latestValues: Record<string, LatestValue> = {};
    for (const measurement of newest) {
      if (measurement)
        latestValues[measurement.kpiId] = { date: measurement.date, value: measurement.value };
    }
    return sourceFromRows(roadmap, rows as MapRows, latestValues);
  });
}
