import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAfterWrite } from '../../../core/write/invalidate';
import type {
  GoLivePlanFields,
  ReadinessCatalogKey,
  ReadinessItem,
  RolloutFields,
} from '../model/go-live';
import type { GoLiveData, ItemPatch } from './go-live-repository';

const repository = () => import('./go-live-repository');

/**
 * Stage-7 queries sit under the roadmap's rows, so a change in any stage (or another tab)
 * refreshes the checklist's evidence too. `plan` is the light read other stages use for the dates.
 */
export const goLiveQueries = {
  all: (roadmapId: string) => ['roadmaps', 'rows', roadmapId, 'go-live'] as const,
  detail: (roadmapId: string) =>
    queryOptions({
      queryKey: [...goLiveQueries.all(roadmapId), 'detail'],
      queryFn: async (): Promise<GoLiveData> => (await repository()).getGoLiveData(roadmapId),
    }),
  plan: (roadmapId: string) =>
    queryOptions({
      queryKey: [...goLiveQueries.all(roadmapId), 'plan'],
      queryFn: async () => (await import('./get-go-live-plan')).getGoLivePlan(roadmapId),
    }),
};

/** Stage-7 writes; each refreshes the roadmap's rows and its progress in the library. */
export function useGoLiveMutations(roadmapId: string) {
  const queryClient = useQueryClient();
  const onSettled = () => invalidateAfterWrite(queryClient, roadmapId);
  return {
    savePlan: useMutation({
      mutationFn: async (patch: Partial<GoLivePlanFields>) =>
        (await repository()).saveGoLivePlan(roadmapId, patch),
      onSettled,
    }),
    saveRollout: useMutation({
      mutationFn: async ({
        channelId,
        patch,
      }: {
        channelId: string;
        patch: Partial<RolloutFields>;
      }) => (await repository()).saveRollout(roadmapId, channelId, patch),
      onSettled,
    }),
    saveMethodItem: useMutation({
      mutationFn: async ({ key, patch }: { key: ReadinessCatalogKey; patch: ItemPatch }) =>
        (await repository()).saveMethodItem(roadmapId, key, patch),
      onSettled,
    }),
    addOwnItem: useMutation({
      mutationFn: async (label: string) => (await repository()).addOwnItem(roadmapId, label),
      onSettled,
    }),
    updateOwnItem: useMutation({
      mutationFn: async ({
        itemId,
        patch,
      }: {
        itemId: string;
        patch: ItemPatch & { label?: string };
      }) => (await repository()).updateOwnItem(roadmapId, itemId, patch),
      onSettled,
    }),
    removeOwnItem: useMutation({
      mutationFn: async (itemId: string) => (await repository()).removeOwnItem(roadmapId, itemId),
      onSettled,
    }),
    restoreOwnItem: useMutation({
      mutationFn: async (item: ReadinessItem) => (await repository()).restoreOwnItem(item),
      onSettled,
    }),
  };
}

export type GoLiveMutations = ReturnType<typeof useGoLiveMutations>;
