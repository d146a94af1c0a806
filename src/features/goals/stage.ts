import { dotVoteSchema, maxDotVoteRows, type DotVote } from '../../core/dot-votes';
import { defineStage, loadOnce, progressRule } from '../../core/stage-descriptor';
import { checkGoalsFile } from './model/file-checks';
import { goalSchema, isGoalComplete, type Goal } from './model/goal';

/** Kept once loaded: pressing the step then starts its read at once (see loadOnce). */
const queries = loadOnce(() => import('./api/goals-queries'));
const goLive = loadOnce(() => import('../go-live'));

declare module '../../core/stage-descriptor' {
  interface StageRowTypes {
    goals: Goal;
    goalVotes: DotVote;
  }
}

/** Stage 2: the service goals, each with a baseline, a target, a deadline and a benefit. */
export const goalsStage = defineStage({
  slug: 'goals',
  tables: {
    goals: { schema: goalSchema, indexes: 'id, roadmapId', maxRows: 100, sinceFileVersion: 2 },
    // The room's dot-vote on the goals: one row per voter and goal.
    goalVotes: {
      schema: dotVoteSchema,
      indexes: 'id, roadmapId, optionId, &[optionId+voter]',
      maxRows: maxDotVoteRows,
      sinceFileVersion: 7,
    },
  },
  progress: progressRule({
    reads: { goals: 'all' },
    status: ({ goals }) => {
      if (goals.some(isGoalComplete)) return 'done';
      return goals.length > 0 ? 'in-progress' : 'not-started';
    },
  }),
  checkFile: checkGoalsFile,
  mapTables: ['goals', 'goalVotes'],
  writes: queries,
  screen: () => import('./components/goals-stage').then((module) => module.GoalsStage),
  // Goals are set against the starting point, so its gaps are shown on top.
  context: { stage: 'starting-point', panel: 'gaps' },
  reads: () => queries().then((module) => module.repository()),
  prefetch: (queryClient, roadmapId) => [
    queries().then((module) => queryClient.prefetchQuery(module.goalQueries.list(roadmapId))),
    // The dot-vote's results show with the stage, not a moment later.
    queries().then((module) => queryClient.prefetchQuery(module.goalBallot.list(roadmapId))),
    // The timeline marks the pilot and go-live dates of stage 7.
    goLive().then((module) => queryClient.prefetchQuery(module.goLiveQueries.plan(roadmapId))),
  ],
});
