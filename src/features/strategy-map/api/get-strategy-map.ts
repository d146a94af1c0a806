import { Dexie } from 'dexie';
import { db } from '../../../db/database';
import type { LatestValue } from '../../kpis/model/kpi-status';
import type { StrategyMapSource } from '../model/map-source';

const byPosition = <T extends { position: number }>(rows: T[]) =>
  rows.sort((a, b) => a.position - b.position);

/**
 * Reads what the map shows, in one read transaction so every section reflects the same moment.
 * Of the KPI values only the newest per KPI is read, straight from the `[kpiId+date]` index: a
 * large roadmap has tens of thousands of values and the map needs one each.
 */
export async function getStrategyMapSource(roadmapId: string): Promise<StrategyMapSource | null> {
  const rowTables = [
    db.roadmaps,
    db.subjects,
    db.scores,
    db.goals,
    db.channels,
    db.kpis,
    db.measurements,
    db.journeyPhases,
    db.touchpoints,
    db.trainingRoles,
    db.trainingPeople,
    db.competencies,
    db.competencyLevels,
    db.trainingModules,
    db.goLivePlans,
    db.rollouts,
    db.readinessItems,
  ];
  return db.transaction('r', rowTables, async () => {
    const [
      roadmap,
      subjects,
      scores,
      goals,
      channels,
      kpis,
      phases,
      touchpoints,
      roles,
      people,
      competencies,
      levels,
      modules,
      goLivePlan,
      rollouts,
      readinessItems,
    ] = await Promise.all([
      db.roadmaps.get(roadmapId),
      db.subjects.where('roadmapId').equals(roadmapId).toArray(),
      db.scores.where('roadmapId').equals(roadmapId).toArray(),
      db.goals.where('roadmapId').equals(roadmapId).toArray(),
      db.channels.where('roadmapId').equals(roadmapId).toArray(),
      db.kpis.where('roadmapId').equals(roadmapId).toArray(),
      db.journeyPhases.where('roadmapId').equals(roadmapId).toArray(),
      db.touchpoints.where('roadmapId').equals(roadmapId).toArray(),
      db.trainingRoles.where('roadmapId').equals(roadmapId).toArray(),
      db.trainingPeople.where('roadmapId').equals(roadmapId).toArray(),
      db.competencies.where('roadmapId').equals(roadmapId).toArray(),
      db.competencyLevels.where('roadmapId').equals(roadmapId).toArray(),
      db.trainingModules.where('roadmapId').equals(roadmapId).toArray(),
      db.goLivePlans.where('roadmapId').equals(roadmapId).first(),
      db.rollouts.where('roadmapId').equals(roadmapId).toArray(),
      db.readinessItems.where('roadmapId').equals(roadmapId).toArray(),
    ]);
    if (!roadmap) return null;
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
    return {
      roadmap,
      subjects: byPosition(subjects),
      scores,
      goals: byPosition(goals),
      channels: byPosition(channels),
      kpis: byPosition(kpis),
      latestValues,
      phases: byPosition(phases),
      touchpoints: byPosition(touchpoints),
      roles: byPosition(roles),
      people,
      competencies: byPosition(competencies),
      levels,
      modules,
      goLivePlan: goLivePlan ?? null,
      rollouts,
      readinessItems,
    };
  });
}
