import { dotVoteSchema, maxDotVoteRows, type DotVote } from '../../core/dot-votes';
import { defineStage, loadOnce, progressRule } from '../../core/stage-descriptor';
import {
  channelSchema,
  demographicsSchema,
  savingsPlanSchema,
  surveySchema,
  type Channel,
  type Demographics,
  type SavingsPlan,
  type Survey,
} from './model/channel';
import { isChannelsStageComplete } from './model/evidence';
import { checkChannelsFile } from './model/file-checks';

/** Kept once loaded: pressing the step then starts its read at once (see loadOnce). */
const queries = loadOnce(() => import('./api/channels-queries'));

declare module '../../core/stage-descriptor' {
  interface StageRowTypes {
    channels: Channel;
    demographics: Demographics;
    surveys: Survey;
    savingsPlans: SavingsPlan;
    channelVotes: DotVote;
  }
}

/** The most channels a roadmap holds; go-live plans one rollout per channel. */
export const maxChannels = 40;

/** Stage 3: the channels, the customers' demographics and survey, and the savings plan. */
export const channelsStage = defineStage({
  slug: 'channels',
  tables: {
    // The catalogue's channels and a good number of the team's own.
    channels: {
      schema: channelSchema,
      indexes: 'id, roadmapId',
      maxRows: maxChannels,
      sinceFileVersion: 3,
    },
    // One row each per roadmap: they describe the whole roadmap.
    demographics: {
      schema: demographicsSchema,
      indexes: 'id, &roadmapId',
      maxRows: 1,
      sinceFileVersion: 3,
    },
    surveys: { schema: surveySchema, indexes: 'id, &roadmapId', maxRows: 1, sinceFileVersion: 3 },
    savingsPlans: {
      schema: savingsPlanSchema,
      indexes: 'id, &roadmapId',
      maxRows: 1,
      sinceFileVersion: 3,
    },
    // The room's dot-vote on the channels to start with: one row per voter and channel.
    channelVotes: {
      schema: dotVoteSchema,
      indexes: 'id, roadmapId, optionId, &[optionId+voter]',
      maxRows: maxDotVoteRows,
      sinceFileVersion: 7,
    },
  },
  progress: progressRule({
    reads: { channels: 'all', demographics: 'all', surveys: 'all' },
    status: ({ channels, demographics: [demographics], surveys: [survey] }) => {
      if (isChannelsStageComplete(channels, demographics, survey)) return 'done';
      const started = channels.length > 0 || demographics !== undefined || survey !== undefined;
      return started ? 'in-progress' : 'not-started';
    },
  }),
  checkFile: checkChannelsFile,
  mapTables: ['channels', 'channelVotes'],
  writes: queries,
  screen: () => import('./components/channels-stage').then((module) => module.ChannelsStage),
  reads: () => queries().then((module) => module.repository()),
  prefetch: (queryClient, roadmapId) => [
    // The query loads the repository itself; fetching it now too saves one round trip.
    import('./api/channels-repository'),
    queries().then((module) => queryClient.prefetchQuery(module.channelsQueries.detail(roadmapId))),
    // The dot-vote's results show with the stage, not a moment later.
    queries().then((module) => queryClient.prefetchQuery(module.channelBallot.list(roadmapId))),
  ],
});
