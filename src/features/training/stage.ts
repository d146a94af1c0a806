import { defineStage, loadOnce, progressRule, type RowsOf } from '../../core/stage-descriptor';
import { checkTrainingFile } from './model/file-checks';
import { isTrainingStageComplete, trainingFigures, trainingReadiness } from './model/readiness';
import {
  competencyLevelSchema,
  competencySchema,
  trainingModuleSchema,
  trainingPersonSchema,
  trainingRoleSchema,
  type Competency,
  type CompetencyLevel,
  type TrainingModule,
  type TrainingPerson,
  type TrainingRole,
} from './model/training';

/** Kept once loaded: pressing the step then starts its read at once (see loadOnce). */
const queries = loadOnce(() => import('./api/training-queries'));

declare module '../../core/stage-descriptor' {
  interface StageRowTypes {
    trainingRoles: TrainingRole;
    trainingPeople: TrainingPerson;
    competencies: Competency;
    competencyLevels: CompetencyLevel;
    trainingModules: TrainingModule;
  }
}

const maxRoles = 30;
const maxPeople = 200;
const maxCompetencies = 40;

type ReadinessRows = RowsOf<
  'trainingRoles' | 'trainingPeople' | 'competencies' | 'competencyLevels' | 'trainingModules'
>;

/** The team's readiness from the rows the progress rule reads: its status and its figures. */
const readinessOf = (rows: ReadinessRows) =>
  trainingReadiness({
    roles: rows.trainingRoles,
    people: rows.trainingPeople,
    competencies: rows.competencies,
    levels: rows.competencyLevels,
    modules: rows.trainingModules,
  });

/** Stage 6: roles, people, the competencies they need and have, and the training modules. */
export const trainingStage = defineStage({
  slug: 'training',
  tables: {
    // A service team of up to 200 people in 30 roles, assessed on up to 40 competencies.
    trainingRoles: {
      schema: trainingRoleSchema,
      indexes: 'id, roadmapId',
      maxRows: maxRoles,
      sinceFileVersion: 5,
    },
    trainingPeople: {
      schema: trainingPersonSchema,
      maxRows: maxPeople,
      indexes: 'id, roadmapId, roleId',
      sinceFileVersion: 5,
    },
    competencies: {
      schema: competencySchema,
      indexes: 'id, roadmapId',
      maxRows: maxCompetencies,
      sinceFileVersion: 5,
    },
    // A level is unique per holder, competency and kind.
    competencyLevels: {
      schema: competencyLevelSchema,
      // A required and a current level per role, a current level per person.
      maxRows: (maxRoles * 2 + maxPeople) * maxCompetencies,
      indexes: 'id, roadmapId, competencyId, &[holderId+competencyId+kind]',
      sinceFileVersion: 5,
    },
    trainingModules: {
      schema: trainingModuleSchema,
      maxRows: 100,
      indexes: 'id, roadmapId',
      sinceFileVersion: 5,
    },
  },
  progress: progressRule({
    reads: {
      trainingRoles: 'all',
      trainingPeople: 'all',
      competencies: 'all',
      competencyLevels: 'all',
      trainingModules: 'all',
    },
    status: (rows) => {
      const readiness = readinessOf(rows);
      if (isTrainingStageComplete(rows.trainingRoles, rows.competencyLevels, readiness))
        return 'done';
      const started =
        rows.trainingRoles.length > 0 ||
        rows.competencies.length > 0 ||
        rows.trainingModules.length > 0;
      return started ? 'in-progress' : 'not-started';
    },
    // The map shows the readiness: kept with the roadmap, the map need not read every level.
    figures: (rows) => trainingFigures(readinessOf(rows)),
  }),
  checkFile: checkTrainingFile,
  // Not the levels (thousands of rows on a large team): the map shows the readiness figures.
  mapTables: ['trainingRoles', 'trainingPeople', 'competencies', 'trainingModules'],
  writes: queries,
  screen: () => import('./components/training-stage').then((module) => module.TrainingStage),
  reads: () => queries().then((module) => module.repository()),
  prefetch: (queryClient, roadmapId) => [
    import('./api/training-repository'),
    queries().then((module) => queryClient.prefetchQuery(module.trainingQueries.detail(roadmapId))),
  ],
});
