import { defineStage, loadOnce } from '../../core/stage-descriptor';

/** Kept once loaded: pressing the step then starts its read at once (see loadOnce). */
const queries = loadOnce(() => import('./api/strategy-map-queries'));

/** The strategy map closes the method: it has no tables, it draws the other stages' rows. */
export const strategyMapStage = defineStage({
  slug: 'strategy-map',
  tables: {},
  screen: () => import('./components/strategy-map-stage').then((module) => module.StrategyMapStage),
  reads: () => queries().then((module) => module.repository()),
  prefetch: (queryClient, roadmapId) => [
    queries().then((module) =>
      queryClient.prefetchQuery(module.strategyMapQueries.detail(roadmapId)),
    ),
  ],
});
