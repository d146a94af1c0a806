import type { LatestValue } from '../../kpis/model/kpi-status';
import type { RoadmapFile } from '../../../core/file/roadmap-file';
import type { StrategyMapSource } from './map-source';

/** The map's source from a roadmap file's rows, as the database read would give it (tests, benches). */
export function sourceFromFile(file: RoadmapFile): StrategyMapSource {
  const { rows } = file;
  const latestValues: Record<string, LatestValue> = {};
  for (const measurement of rows.measurements) {
    const known = latestValues[measurement.kpiId];
    if (!known || known.date < measurement.date)
      latestValues[measurement.kpiId] = { date: measurement.date, value: measurement.value };
  }
  return {
    // Files carry no progress: the app works it out on import. Here every stage counts as open.
    roadmap: { ...file.roadmap, progress: {} },
    subjects: rows.subjects,
    scores: rows.scores,
    goals: rows.goals,
    channels: rows.channels,
    kpis: rows.kpis,
    latestValues,
    phases: rows.journeyPhases,
    touchpoints: rows.touchpoints,
    roles: rows.trainingRoles,
    people: rows.trainingPeople,
    competencies: rows.competencies,
    levels: rows.competencyLevels,
    modules: rows.trainingModules,
    goLivePlan: rows.goLivePlans[0] ?? null,
    rollouts: rows.rollouts,
    readinessItems: rows.readinessItems,
  };
}
