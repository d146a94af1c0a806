import type { Channel } from '../../channels';
import type { GoLivePlan, ReadinessItem, Rollout } from '../../go-live';
import type { Goal } from '../../goals';
import type { JourneyPhase, Touchpoint } from '../../journey';
import type { Kpi } from '../../kpis';
import type { LatestValue } from '../../kpis';
import type { Roadmap, RoadmapFigures } from '../../../core/roadmap';
import type { Score, Subject } from '../../starting-point';
import type { Competency, TrainingModule, TrainingPerson, TrainingRole } from '../../training';

/** Everything the map is drawn from, read in one go: rows of every stage, nothing more. */
export interface StrategyMapSource {
  roadmap: Roadmap;
  subjects: Subject[];
  scores: Score[];
  goals: Goal[];
  /** The room's dots on each goal that has any, by goal id (stage 2's dot-vote). */
  goalDots: Record<string, number>;
  channels: Channel[];
  kpis: Kpi[];
  /** The newest value of each KPI that has one, by KPI id. */
  latestValues: Record<string, LatestValue>;
  phases: JourneyPhase[];
  touchpoints: Touchpoint[];
  roles: TrainingRole[];
  people: TrainingPerson[];
  competencies: Competency[];
  modules: TrainingModule[];
  /** Every stage's figures (training: its readiness), whether kept or worked out on reading. */
  figures: RoadmapFigures;
  goLivePlan: GoLivePlan | null;
  rollouts: Rollout[];
  readinessItems: ReadinessItem[];
}
