import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';

/**
 * After any write: the roadmap's rows (a write may touch other stages' rows too), its place in
 * the library, its header and its undo history. Once per write; other tabs are told separately.
 */
export function invalidateAfterWrite(
  queryClient: QueryClient,
  roadmapId: string,
): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.rows(roadmapId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.list() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.detail(roadmapId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.history(roadmapId) }),
  ]);
}
