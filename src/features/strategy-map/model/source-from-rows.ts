import type { RoadmapFile } from '../../../core/file/roadmap-file';
import { computeRoadmapFigures } from '../../../core/progress';
import type { Roadmap, RoadmapFigures } from '../../../core/roadmap';
import { registeredStages } from '../../../core/stage-registry';
import type { RowsOf, StageTableName } from '../../../core/stage-descriptor';
import type { LatestValue } from '../../kpis';
import type { StrategyMapSource } from './map-source';

/** The tables the map is drawn from; each stage lists its own in its descriptor's `mapTables`. */
export type MapRows = Partial<RowsOf<StageTableName>>;

const byPosition = <T extends { position: number }>(rows: readonly T[] = []) =>
  [...rows].sort((a, b) => a.position - b.position);

/** Every option's dots, added up over the voters. */
export function dotsByOption(votes: readonly { optionId: string; dots: number }[] = []) {
  const dots: Record<string, number> = {};
  for (const vote of votes) dots[vote.optionId] = (dots[vote.optionId] ?? 0) + vote.dots;
  return dots;
}

/** The one mapping from stage rows to what the map draws, for the database and for files. */
export function sourceFromRows(
  roadmap: Roadmap,
  rows: MapRows,
  latestValues: Record<string, LatestValue>,
  figures: RoadmapFigures,
): StrategyMapSource {
  return {
    roadmap,
    subjects: byPosition(rows.subjects),
    scores: [...(rows.scores ?? [])],
    goals: byPosition(rows.goals),
    goalDots: dotsByOption(rows.goalVotes),
    channels: byPosition(rows.channels),
    kpis: byPosition(rows.kpis),
    latestValues,
    phases: byPosition(rows.journeyPhases),
    touchpoints: byPosition(rows.touchpoints),
    roles: byPosition(rows.trainingRoles),
    people: [...(rows.trainingPeople ?? [])],
    competencies: byPosition(rows.competencies),
    modules: [...(rows.trainingModules ?? [])],
    goLivePlan: rows.goLivePlans?.[0] ?? null,
    rollouts: [...(rows.rollouts ?? [])],
    readinessItems: [...(rows.readinessItems ?? [])],
    figures,
  };
}

/** The map's source from a roadmap file's rows, as the database read would give it (tests, benches). */
export function sourceFromFile(file: RoadmapFile): StrategyMapSource {
  const { rows } = file;
  const latestValues: Record<string, LatestValue> = {};
  for (const measurement of rows.measurements) {
    const known = latestValues[measurement.kpiId];
    if (!known || known.date < measurement.date)
      latestValues[measurement.kpiId] = { date: measurement.date, value: measurement.value };
  }
  // Files carry no progress: the app works it out on import. Here every stage counts as open.
  return sourceFromRows(
    { ...file.roadmap, progress: {} },
    rows,
    latestValues,
    computeRoadmapFigures(registeredStages(), rows),
  );
}
