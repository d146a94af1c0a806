import { defineStage } from '../../core/stage-descriptor';

/** The strategy map closes the method: it has no tables, it draws the other stages' rows. */
export const strategyMapStage = defineStage({
  slug: 'strategy-map',
  tables: {},
  screen: () => import('./components/strategy-map-stage').then((module) => module.StrategyMapStage),
  reads: () =>
    Promise.all([import('./api/strategy-map-queries'), import('./api/get-strategy-map')]),
  prefetch: (queryClient, roadmapId) => [
    import('./api/strategy-map-queries').then((module) =>
      queryClient.prefetchQuery(module.strategyMapQueries.detail(roadmapId)),
    ),
  ],
});
