import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { invalidateAfterWrite } from './define-write';
import { getHistory, redo, undo } from './history';

export const historyQueries = {
  detail: (roadmapId: string) =>
    queryOptions({
      queryKey: queryKeys.history(roadmapId),
      queryFn: () => getHistory(roadmapId),
    }),
};

/** The roadmap's Undo and Redo: what each would do, and doing it. */
export function useHistory(roadmapId: string) {
  const queryClient = useQueryClient();
  const { data } = useQuery(historyQueries.detail(roadmapId));
  const settle = () => invalidateAfterWrite(queryClient, roadmapId);
  const undoStep = useMutation({ mutationFn: () => undo(roadmapId), onSettled: settle });
  const redoStep = useMutation({ mutationFn: () => redo(roadmapId), onSettled: settle });
  return {
    nextUndo: data?.undo ?? null,
    nextRedo: data?.redo ?? null,
    undo: undoStep,
    redo: redoStep,
  };
}
