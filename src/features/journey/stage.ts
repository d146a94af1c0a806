import { defineStage, loadOnce, progressRule } from '../../core/stage-descriptor';
import { checkJourneyFile } from './model/file-checks';
import {
  isJourneyStageComplete,
  journeyPhaseSchema,
  touchpointSchema,
  type JourneyPhase,
  type Touchpoint,
} from './model/journey';

/** Kept once loaded: pressing the step then starts its read at once (see loadOnce). */
const queries = loadOnce(() => import('./api/journey-queries'));

declare module '../../core/stage-descriptor' {
  interface StageRowTypes {
    journeyPhases: JourneyPhase;
    touchpoints: Touchpoint;
  }
}

/** Stage 5: the customer journey, its phases and the touchpoints in each. */
export const journeyStage = defineStage({
  slug: 'journey',
  tables: {
    // Phases are columns of one map: a dozen still reads; touchpoints are its cards.
    journeyPhases: {
      schema: journeyPhaseSchema,
      indexes: 'id, roadmapId',
      maxRows: 12,
      sinceFileVersion: 4,
    },
    touchpoints: {
      schema: touchpointSchema,
      maxRows: 600,
      indexes: 'id, roadmapId, phaseId',
      sinceFileVersion: 4,
    },
  },
  progress: progressRule({
    reads: { journeyPhases: 'all', touchpoints: 'all' },
    status: ({ journeyPhases, touchpoints }) => {
      if (isJourneyStageComplete(journeyPhases, touchpoints)) return 'done';
      return journeyPhases.length > 0 ? 'in-progress' : 'not-started';
    },
  }),
  checkFile: checkJourneyFile,
  mapTables: ['journeyPhases', 'touchpoints'],
  writes: () => import('./api/use-journey-mutations'),
  screen: () => import('./components/journey-stage').then((module) => module.JourneyStage),
  reads: () => queries().then((module) => module.repository()),
  prefetch: (queryClient, roadmapId) => [
    queries().then((module) => queryClient.prefetchQuery(module.journeyQueries.detail(roadmapId))),
  ],
});
