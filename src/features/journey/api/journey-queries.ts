import { queryOptions } from '@tanstack/react-query';
import type { JourneyData } from './journey-repository';

const repository = () => import('./journey-repository');

/** Stage-5 queries sit under the roadmap's rows, so a change from another tab refreshes them. */
export const journeyQueries = {
  all: (roadmapId: string) => ['roadmaps', 'rows', roadmapId, 'journey'] as const,
  detail: (roadmapId: string) =>
    queryOptions({
      queryKey: journeyQueries.all(roadmapId),
      queryFn: async (): Promise<JourneyData> => (await repository()).getJourneyData(roadmapId),
    }),
};
