/**
 * The one query-key factory. Everything of a roadmap sits under `rows(roadmapId)`, so one
 * invalidation after a write refreshes what it may have touched, in any stage.
 */
export const queryKeys = {
  all: ['roadmaps'] as const,
  list: () => ['roadmaps', 'list'] as const,
  detail: (roadmapId: string) => ['roadmaps', 'detail', roadmapId] as const,
  rows: (roadmapId: string) => ['roadmaps', 'rows', roadmapId] as const,
  stage: (roadmapId: string, part: string) => ['roadmaps', 'rows', roadmapId, part] as const,
  history: (roadmapId: string) => ['roadmaps', 'history', roadmapId] as const,
};
