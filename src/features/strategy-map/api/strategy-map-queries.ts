import { queryOptions } from '@tanstack/react-query';
import { loadOnce } from '../../../core/stage-descriptor';

/** The code that reads and writes the stage's rows, kept once loaded (see loadOnce). */
export const repository = loadOnce(() => import('./get-strategy-map'));

/**
 * The map sits under the roadmap's rows: any stage's write invalidates `['roadmaps','rows',id]`,
 * so the map is always redrawn from fresh data, also after a change in another tab.
 */
export const strategyMapQueries = {
  all: (roadmapId: string) => ['roadmaps', 'rows', roadmapId, 'strategy-map'] as const,
  detail: (roadmapId: string) =>
    queryOptions({
      queryKey: [...strategyMapQueries.all(roadmapId), 'source'],
      queryFn: async () => (await repository()).getStrategyMapSource(roadmapId),
    }),
};
