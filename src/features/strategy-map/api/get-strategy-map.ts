import { Dexie } from 'dexie';
import type { Roadmap, RoadmapFigures } from '../../../core/roadmap';
import type { StageTableName } from '../../../core/stage-descriptor';
import { progressTables, stageFiguresOf } from '../../../core/stage-progress';
import { registeredStages } from '../../../core/stage-registry';
import { db } from '../../../db/database';
import { readRoadmapRows } from '../../../db/roadmap-rows';
import type { LatestValue } from '../../kpis';
import type { StrategyMapSource } from '../model/map-source';
import { sourceFromRows, type MapRows } from '../model/source-from-rows';

/** The tables every stage gives the map, from the registered stage descriptors. */
function mapTables(): StageTableName[] {
  return registeredStages().flatMap((stage) => stage.mapTables ?? []);
}

/** The stages that keep figures for the map with the roadmap (see ProgressRule.figures). */
function figureStages() {
  return registeredStages().filter((stage) => stage.progress?.figures);
}

/**
 * Reads what the map shows, in one read transaction so every section reflects the same moment.
 * Of the KPI values only the newest per KPI is read, straight from the `[kpiId+date]` index: a
 * large roadmap has tens of thousands of values and the map needs one each. A stage's figures
 * (training's readiness) are kept with the roadmap: the rows behind them (thousands of training
 * levels, most of what the map would read) are read only where none were kept yet.
 */
export async function getStrategyMapSource(roadmapId: string): Promise<StrategyMapSource | null> {
  const tables = mapTables();
  // A roadmap stored before figures were kept has them worked out from their stage's rows.
  const locked = new Set([
    db.roadmaps,
    db.measurements,
    ...tables.map((table) => db.table(table)),
    ...figureStages().flatMap((stage) => progressTables(stage.slug)),
  ]);
  return db.transaction('r', [...locked], async () => {
    const [roadmap, rows] = await Promise.all([
      db.roadmaps.get(roadmapId),
      readRoadmapRows(roadmapId, tables),
    ]);
    if (!roadmap) return null;
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
      figuresOf(roadmap),
    ]);
    const latestValues: Record<string, LatestValue> = {};
    for (const measurement of newest) {
      if (measurement)
        latestValues[measurement.kpiId] = { date: measurement.date, value: measurement.value };
    }
    return sourceFromRows(roadmap, rows as MapRows, latestValues, figures);
  });
}

/** Every stage's figures: those kept with the roadmap, else worked out from the stage's rows. */
async function figuresOf(roadmap: Roadmap): Promise<RoadmapFigures> {
  const stages = figureStages();
  const found = await Promise.all(stages.map((stage) => stageFiguresOf(roadmap, stage.slug)));
  const figures: RoadmapFigures = { ...roadmap.figures };
  stages.forEach((stage, index) => {
    figures[stage.slug] = found[index] ?? {};
  });
  return figures;
}
