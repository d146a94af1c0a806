import { queryOptions } from '@tanstack/react-query';
import type { JourneyData } from './journey-repository';
import { loadOnce } from '../../../core/stage-descriptor';

/** The code that reads and writes the stage's rows, kept once loaded (see loadOnce). */
export const repository = loadOnce(() => import('./journey-repository'));

/** Stage-5 queries sit under the roadmap's rows, so a change from another tab refreshes them. */
export const journeyQueries = {
  all: (roadmapId: string) => ['roadmaps', 'rows', roadmapId, 'journey'] as const,
  detail: (roadmapId: string) =>
    queryOptions({
      queryKey: journeyQueries.all(roadmapId),
      queryFn: async (): Promise<JourneyData> => (await repository()).getJourneyData(roadmapId),
    }),
};
