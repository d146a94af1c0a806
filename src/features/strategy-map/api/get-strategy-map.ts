import { Dexie } from 'dexie';
import { stageFiguresFromRows } from '../../../core/progress';
import type { RoadmapFigures } from '../../../core/roadmap';
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

/** The tables behind the figures, read only for a roadmap stored before its figures were kept. */
function figureTables(): StageTableName[] {
  return registeredStages().flatMap((stage) => stage.mapFigureTables ?? []);
}

const rowsOf = (table: StageTableName, roadmapId: string) =>
  db.table(table).where('roadmapId').equals(roadmapId).toArray();

/**
 * Reads what the map shows, in one read transaction so every section reflects the same moment.
 * Of the KPI values only the newest per KPI is read, straight from the `[kpiId+date]` index: a
 * large roadmap has tens of thousands of values and the map needs one each. A stage's figures
 * (training's readiness) are kept with the roadmap; the rows behind them (thousands of training
 * levels, most of what the map would read) are read only where none were kept yet.
 */
export async function getStrategyMapSource(roadmapId: string): Promise<StrategyMapSource | null> {
  const tables = mapTables();
  const locked = [
    db.roadmaps,
    db.measurements,
    ...[...tables, ...figureTables()].map((table) => db.table(table)),
  ];
  return db.transaction('r', locked, async () => {
    const [roadmap, ...tableRows] = await Promise.all([
      db.roadmaps.get(roadmapId),
      ...tables.map((table) => rowsOf(table, roadmapId)),
    ]);
    if (!roadmap) return null;
    const rows: Record<string, unknown[]> = {};
    tables.forEach((table, index) => {
      rows[table] = tableRows[index] ?? [];
    });
    const kpis = (rows as MapRows).kpis ?? [];
    const [newest, figures] = await Promise.all([
      Promise.all(
        kpis.map((kpi) =>
          db.measurements
            .where('[kpiId+date]')
            .between([kpi.id, Dexie.minKey], [kpi.id, Dexie.maxKey])
            .last(),
        ),
      ),
      figuresOf(roadmap.figures ?? {}, rows, roadmapId),
    ]);
    const latestValues: Record<string, LatestValue> = {};
    for (const measurement of newest) {
      if (measurement)
        latestValues[measurement.kpiId] = { date: measurement.date, value: measurement.value };
    }
    return sourceFromRows(roadmap, rows as MapRows, latestValues, figures);
  });
}

/** The kept figures, and those of stages with none kept worked out from their rows, as a write would. */
async function figuresOf(
  kept: RoadmapFigures,
  rows: Record<string, unknown[]>,
  roadmapId: string,
): Promise<RoadmapFigures> {
  const missing = registeredStages().filter(
    (stage) => stage.progress?.figures && kept[stage.slug] === undefined,
  );
  if (missing.length === 0) return kept;
  const extra = missing.flatMap((stage) => stage.mapFigureTables ?? []);
  const extraRows = await Promise.all(extra.map((table) => rowsOf(table, roadmapId)));
  const all: MapRows = { ...rows };
  extra.forEach((table, index) => {
    (all as Record<string, unknown[]>)[table] = extraRows[index] ?? [];
  });
  const figures = { ...kept };
  for (const stage of missing) figures[stage.slug] = stageFiguresFromRows(stage, all) ?? {};
  return figures;
}
