import { Dexie, type EntityTable } from 'dexie';
import type { Roadmap } from '../core/roadmap';
import type {
  Channel,
  Demographics,
  SavingsPlan,
  Survey,
} from '../features/channels/model/channel';
import type { Goal } from '../features/goals/model/goal';
import type { GoLivePlan, ReadinessItem, Rollout } from '../features/go-live/model/go-live';
import type { JourneyPhase, Touchpoint } from '../features/journey/model/journey';
import type { Kpi, Measurement } from '../features/kpis/model/kpi';
import type { Assessor, Score, Subject } from '../features/starting-point/model/starting-point';
import type { StageNote } from '../core/stage-note';
import type {
  Competency,
  CompetencyLevel,
  TrainingModule,
  TrainingPerson,
  TrainingRole,
} from '../features/training/model/training';
import { databaseVersions, latestDatabaseVersion } from './schema-history';

export const databaseName = 'rotta';

/** The tables whose rows belong to one roadmap. Export, import, duplicate and delete walk them. */
export const roadmapRowTables = [
  'stageNotes',
  'subjects',
  'assessors',
  'scores',
  'goals',
  'channels',
  'demographics',
  'surveys',
  'savingsPlans',
  'kpis',
  'measurements',
  'journeyPhases',
  'touchpoints',
  'trainingRoles',
  'trainingPeople',
  'competencies',
  'competencyLevels',
  'trainingModules',
  'goLivePlans',
  'rollouts',
  'readinessItems',
] as const;
export type RoadmapRowTable = (typeof roadmapRowTables)[number];

export class RottaDatabase extends Dexie {
  roadmaps!: EntityTable<Roadmap, 'id'>;
  stageNotes!: EntityTable<StageNote, 'id'>;
  subjects!: EntityTable<Subject, 'id'>;
  assessors!: EntityTable<Assessor, 'id'>;
  scores!: EntityTable<Score, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  channels!: EntityTable<Channel, 'id'>;
  demographics!: EntityTable<Demographics, 'id'>;
  surveys!: EntityTable<Survey, 'id'>;
  savingsPlans!: EntityTable<SavingsPlan, 'id'>;
  kpis!: EntityTable<Kpi, 'id'>;
  measurements!: EntityTable<Measurement, 'id'>;
  journeyPhases!: EntityTable<JourneyPhase, 'id'>;
  touchpoints!: EntityTable<Touchpoint, 'id'>;
  trainingRoles!: EntityTable<TrainingRole, 'id'>;
  trainingPeople!: EntityTable<TrainingPerson, 'id'>;
  competencies!: EntityTable<Competency, 'id'>;
  competencyLevels!: EntityTable<CompetencyLevel, 'id'>;
  trainingModules!: EntityTable<TrainingModule, 'id'>;
  goLivePlans!: EntityTable<GoLivePlan, 'id'>;
  rollouts!: EntityTable<Rollout, 'id'>;
  readinessItems!: EntityTable<ReadinessItem, 'id'>;

  /** `upToVersion` lets tests write a database exactly as an older release would have. */
  constructor(name = databaseName, upToVersion = latestDatabaseVersion) {
    super(name);
    for (const entry of databaseVersions) {
      if (entry.version > upToVersion) break;
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
  }
}

export const db = new RottaDatabase();
