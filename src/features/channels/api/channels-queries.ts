import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateStageWrite } from '../../../core/invalidate-stage-write';
import type { ChannelKey } from '../../../lib/channel-catalogue';
import type { Channel, Demographics, SavingsPlan, Survey } from '../model/channel';
import type { ChannelChanges, ChannelsData, RemovedChannel } from './channels-repository';

const repository = () => import('./channels-repository');

export const channelsQueries = {
  detail: (roadmapId: string) =>
    queryOptions({
      queryKey: ['roadmaps', 'rows', roadmapId, 'channels'],
      queryFn: async (): Promise<ChannelsData> => (await repository()).getChannelsData(roadmapId),
    }),
};

/** Stage-3 writes; each refreshes the stage data and the roadmap's progress. */
export function useChannelsMutations(roadmapId: string) {
  const queryClient = useQueryClient();
  const key = channelsQueries.detail(roadmapId).queryKey;
  const onSettled = () =>
    // Removing a channel also edits KPIs and touchpoints: refresh every row of the roadmap.
    invalidateStageWrite(queryClient, roadmapId);
  return {
    addChannel: useMutation({
      mutationFn: async (input: {
        catalogKey: ChannelKey | null;
        name?: string;
        status: Channel['status'];
      }) => (await repository()).addChannel(roadmapId, input),
      onSettled,
    }),
    updateChannel: useMutation({
      mutationFn: async ({ channelId, changes }: { channelId: string; changes: ChannelChanges }) =>
        (await repository()).updateChannel(roadmapId, channelId, changes),
      // Status and numbers show at once; the write follows and is undone in the view if it fails.
      onMutate: async ({ channelId, changes }) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData<ChannelsData>(key);
        if (previous) {
          const channels = previous.channels.map((channel) =>
            channel.id === channelId ? { ...channel, ...changes } : channel,
          );
          queryClient.setQueryData<ChannelsData>(key, { ...previous, channels });
        }
        return { previous };
      },
      onError: (_error, _input, context) => {
        if (context?.previous) queryClient.setQueryData(key, context.previous);
      },
      onSettled,
    }),
    removeChannel: useMutation({
      mutationFn: async (channelId: string) =>
        (await repository()).removeChannel(roadmapId, channelId),
      onSettled,
    }),
    restoreChannel: useMutation({
      mutationFn: async (removed: RemovedChannel) =>
        (await repository()).restoreChannel(roadmapId, removed),
      onSettled,
    }),
    saveDemographics: useMutation({
      mutationFn: async (values: Pick<Demographics, 'shares' | 'overrides' | 'source'>) =>
        (await repository()).saveDemographics(roadmapId, values),
      onSettled,
    }),
    saveSurvey: useMutation({
      mutationFn: async (values: Pick<Survey, 'respondents' | 'answers'>) =>
        (await repository()).saveSurvey(roadmapId, values),
      onSettled,
    }),
    saveSavingsPlan: useMutation({
      mutationFn: async (values: Pick<SavingsPlan, 'shifts' | 'failureSharePercent'>) =>
        (await repository()).saveSavingsPlan(roadmapId, values),
      onSettled,
    }),
  };
}
