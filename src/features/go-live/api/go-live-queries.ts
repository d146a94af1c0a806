import { queryOptions } from '@tanstack/react-query';
import { defineWrite, fieldEditKey, useWrite } from '../../../core/write/define-write';
import type { GoLivePlanFields, ReadinessCatalogKey, RolloutFields } from '../model/go-live';
import type { GoLiveData, ItemPatch } from './go-live-repository';
import { loadOnce } from '../../../core/stage-descriptor';

/** The code that reads and writes the stage's rows, kept once loaded (see loadOnce). */
export const repository = loadOnce(() => import('./go-live-repository'));

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

const stage = 'go-live';

export const savePlanWrite = defineWrite({
  name: 'go-live.savePlan',
  load: repository,
  write: (repo, roadmapId, patch: Partial<GoLivePlanFields>) =>
    repo.saveGoLivePlan(roadmapId, patch),
  label: () => ({ action: 'edit', stage }),
  coalesce: (patch) => fieldEditKey('go-live.savePlan', 'plan', patch),
});

export interface RolloutPatch {
  channelId: string;
  /** Only the fields the user changed. */
  patch: Partial<RolloutFields>;
}

export const saveRolloutWrite = defineWrite({
  name: 'go-live.saveRollout',
  load: repository,
  write: (repo, roadmapId, { channelId, patch }: RolloutPatch) =>
    repo.saveRollout(roadmapId, channelId, patch),
  label: () => ({ action: 'edit', stage }),
  coalesce: ({ channelId, patch }) => fieldEditKey('go-live.saveRollout', channelId, patch),
});

export const saveMethodItemWrite = defineWrite({
  name: 'go-live.saveMethodItem',
  load: repository,
  write: (repo, roadmapId, { key, patch }: { key: ReadinessCatalogKey; patch: ItemPatch }) =>
    repo.saveMethodItem(roadmapId, key, patch),
  label: () => ({ action: 'edit', stage }),
  coalesce: ({ key, patch }) => fieldEditKey('go-live.saveMethodItem', key, patch),
});

export const addOwnItemWrite = defineWrite({
  name: 'go-live.addOwnItem',
  load: repository,
  write: (repo, roadmapId, label: string) => repo.addOwnItem(roadmapId, label),
  label: (_label, item) => ({ action: 'add', stage, name: item.label }),
});

export interface OwnItemPatch {
  itemId: string;
  patch: ItemPatch & { label?: string };
}

export const updateOwnItemWrite = defineWrite({
  name: 'go-live.updateOwnItem',
  load: repository,
  write: (repo, roadmapId, { itemId, patch }: OwnItemPatch) =>
    repo.updateOwnItem(roadmapId, itemId, patch),
  label: (_patch, item) => ({ action: 'edit', stage, name: item.label }),
  coalesce: ({ itemId, patch }) => fieldEditKey('go-live.updateOwnItem', itemId, patch),
});

export const removeOwnItemWrite = defineWrite({
  name: 'go-live.removeOwnItem',
  load: repository,
  write: (repo, roadmapId, itemId: string) => repo.removeOwnItem(roadmapId, itemId),
  label: (_itemId, item) => ({ action: 'remove', stage, name: item.label }),
});

/** Stage-7 writes; each is one undo step and refreshes every row of the roadmap once. */
export function useGoLiveMutations(roadmapId: string) {
  return {
    saveMethodItem: useWrite(saveMethodItemWrite, roadmapId),
    addOwnItem: useWrite(addOwnItemWrite, roadmapId),
    updateOwnItem: useWrite(updateOwnItemWrite, roadmapId),
    removeOwnItem: useWrite(removeOwnItemWrite, roadmapId),
  };
}

export type GoLiveMutations = ReturnType<typeof useGoLiveMutations>;
