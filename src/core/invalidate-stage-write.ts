import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * After any stage write: the rows it touched (by default every row of the roadmap, since many
 * writes also edit rows of other stages) and the roadmap's progress in the library and stepper.
 */
export function invalidateStageWrite(
  queryClient: QueryClient,
  roadmapId: string,
  rowsKey: QueryKey = ['roadmaps', 'rows', roadmapId],
): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: rowsKey }),
    queryClient.invalidateQueries({ queryKey: ['roadmaps', 'list'] }),
    queryClient.invalidateQueries({ queryKey: ['roadmaps', 'detail', roadmapId] }),
  ]);
}
