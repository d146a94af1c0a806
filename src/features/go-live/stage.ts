import { defineStage, loadOnce, progressRule } from '../../core/stage-descriptor';
import { maxChannels } from '../channels/stage';
import { checkGoLiveFile } from './model/file-checks';
import {
  goLivePlanSchema,
  isGoLiveStageComplete,
  readinessItemSchema,
  rolloutSchema,
  type GoLivePlan,
  type ReadinessItem,
  type Rollout,
} from './model/go-live';

/** Kept once loaded: pressing the step then starts its read at once (see loadOnce). */
const queries = loadOnce(() => import('./api/go-live-queries'));

declare module '../../core/stage-descriptor' {
  interface StageRowTypes {
    goLivePlans: GoLivePlan;
    rollouts: Rollout;
    readinessItems: ReadinessItem;
  }
}

/** Stage 7: the launch date and pilot, one rollout per channel, the readiness checklist. */
export const goLiveStage = defineStage({
  slug: 'go-live',
  tables: {
    // At most one: the launch of the whole roadmap.
    goLivePlans: {
      schema: goLivePlanSchema,
      indexes: 'id, &roadmapId',
      maxRows: 1,
      sinceFileVersion: 5,
    },
    // A channel has one rollout.
    // One rollout per channel.
    rollouts: {
      schema: rolloutSchema,
      indexes: 'id, roadmapId, &channelId',
      maxRows: maxChannels,
      sinceFileVersion: 5,
    },
    // The method's items and the team's own.
    readinessItems: {
      schema: readinessItemSchema,
      indexes: 'id, roadmapId',
      maxRows: 200,
      sinceFileVersion: 5,
    },
  },
  progress: progressRule({
    reads: { goLivePlans: 'all' },
    status: ({ goLivePlans: [plan] }) => {
      if (isGoLiveStageComplete(plan)) return 'done';
      return plan !== undefined ? 'in-progress' : 'not-started';
    },
  }),
  checkFile: checkGoLiveFile,
  mapTables: ['goLivePlans', 'rollouts', 'readinessItems'],
  writes: queries,
  screen: () => import('./components/go-live-stage').then((module) => module.GoLiveStage),
  reads: () => queries().then((module) => module.repository()),
  prefetch: (queryClient, roadmapId) => [
    import('./api/go-live-repository'),
    queries().then((module) => queryClient.prefetchQuery(module.goLiveQueries.detail(roadmapId))),
  ],
});
