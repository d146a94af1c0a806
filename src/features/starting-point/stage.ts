import { defineStage, loadOnce, progressRule } from '../../core/stage-descriptor';
import { newId } from '../../lib/ids';
import { checkStartingPointFile } from './model/file-checks';
import { isStartingPointComplete } from './model/scoring';
import {
  assessorSchema,
  scoreSchema,
  subjectSchema,
  type Assessor,
  type Score,
  type Subject,
} from './model/starting-point';

/** Kept once loaded: pressing the step then starts its read at once (see loadOnce). */
const queries = loadOnce(() => import('./api/starting-point-queries'));

declare module '../../core/stage-descriptor' {
  interface StageRowTypes {
    subjects: Subject;
    assessors: Assessor;
    scores: Score;
  }
}

const maxSubjects = 50;
const maxAssessors = 40;

/** Stage 1: where the company stands against its competitors, scored by several assessors. */
export const startingPointStage = defineStage({
  slug: 'starting-point',
  tables: {
    // A market's relevant competitors are a dozen or two; a room holds a few dozen assessors.
    subjects: {
      schema: subjectSchema,
      indexes: 'id, roadmapId',
      maxRows: maxSubjects,
      sinceFileVersion: 2,
    },
    assessors: {
      schema: assessorSchema,
      indexes: 'id, roadmapId',
      maxRows: maxAssessors,
      sinceFileVersion: 2,
    },
    scores: {
      schema: scoreSchema,
      // One score per subject, assessor and theme.
      maxRows: maxSubjects * maxAssessors * 2,
      indexes: 'id, roadmapId, subjectId, assessorId, &[assessorId+subjectId+theme]',
      sinceFileVersion: 2,
    },
  },
  progress: progressRule({
    reads: { subjects: 'all', scores: 'all' },
    status: ({ subjects, scores }) => {
      if (isStartingPointComplete(subjects, scores)) return 'done';
      const started =
        scores.length > 0 || subjects.some((subject) => subject.kind === 'competitor');
      return started ? 'in-progress' : 'not-started';
    },
  }),
  // Every roadmap has its own company as the first subject.
  newRoadmapRows: (roadmap, texts) => ({
    subjects: [
      subjectSchema.parse({
        id: newId(),
        roadmapId: roadmap.id,
        createdAt: roadmap.createdAt,
        updatedAt: roadmap.createdAt,
        kind: 'own',
        name: roadmap.company || texts.ownCompanyFallback,
        website: '',
        notes: '',
        evidence: { digital: '', culture: '' },
        offeredChannels: [],
        position: 0,
      }),
    ],
  }),
  checkFile: checkStartingPointFile,
  mapTables: ['subjects', 'scores'],
  writes: queries,
  screen: () =>
    import('./components/starting-point-stage').then((module) => module.StartingPointStage),
  panels: {
    gaps: () =>
      import('./components/starting-point-gaps').then((module) => module.StartingPointGaps),
  },
  reads: () => queries().then((module) => module.repository()),
  prefetch: (queryClient, roadmapId) => [
    queries().then((module) =>
      queryClient.prefetchQuery(module.startingPointQueries.detail(roadmapId)),
    ),
  ],
});
