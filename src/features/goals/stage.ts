import { defineStage, progressRule } from '../../core/stage-descriptor';
import { goalSchema, isGoalComplete, type Goal } from './model/goal';

declare module '../../core/stage-descriptor' {
  interface StageRowTypes {
    goals: Goal;
  }
}

/** Stage 2: the service goals, each with a baseline, a target, a deadline and a benefit. */
export const goalsStage = defineStage({
  slug: 'goals',
  tables: {
    goals: { schema: goalSchema, indexes: 'id, roadmapId', maxRows: 100, sinceFileVersion: 2 },
  },
  progress: progressRule({
    reads: { goals: 'all' },
    status: ({ goals }) => {
      if (goals.some(isGoalComplete)) return 'done';
      return goals.length > 0 ? 'in-progress' : 'not-started';
    },
  }),
  mapTables: ['goals'],
  writes: () => import('./api/goals-queries'),
  screen: () => import('./components/goals-stage').then((module) => module.GoalsStage),
  // Goals are set against the starting point, so its gaps are shown on top.
  context: { stage: 'starting-point', panel: 'gaps' },
  prefetch: (queryClient, roadmapId) => [
    import('./api/goals-queries').then((module) =>
      queryClient.prefetchQuery(module.goalQueries.list(roadmapId)),
    ),
    // The timeline marks the pilot and go-live dates of stage 7.
    import('../go-live').then((module) =>
      queryClient.prefetchQuery(module.goLiveQueries.plan(roadmapId)),
    ),
  ],
});
