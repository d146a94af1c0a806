import { queryOptions } from '@tanstack/react-query';

/** The reads (with Dexie) load on first use, so the first paint does not wait for them. */
const reads = () => import('./roadmap-reads');

/**
 * Every query about roadmaps, including the rows of one roadmap, lives under `['roadmaps']`, so a
 * change seen in another tab can invalidate them all at once.
 */
export const roadmapQueries = {
  all: () => ['roadmaps'] as const,
  list: () =>
    queryOptions({
      queryKey: [...roadmapQueries.all(), 'list'],
      queryFn: async () => (await reads()).getRoadmaps(),
    }),
  detail: (roadmapId: string) =>
    queryOptions({
      queryKey: [...roadmapQueries.all(), 'detail', roadmapId],
      queryFn: async () => (await reads()).getRoadmap(roadmapId),
    }),
  /** Prefix for the rows of one roadmap; stage features put their keys below it. */
  rows: (roadmapId: string) => [...roadmapQueries.all(), 'rows', roadmapId] as const,
};
