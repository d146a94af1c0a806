import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../core/query-keys';
import { defineWrite, fieldEditKey, useWrite } from '../../../core/write/define-write';
import type { ChannelKey } from '../../../lib/channel-catalogue';
import { defineDotVotes } from '../../workshop';
import type { Channel, Demographics, SavingsPlanValues, Survey } from '../model/channel';
import type { ImportedSurvey, ImportMode } from '../model/survey-import';
import type { ChannelChanges, ChannelsData } from './channels-repository';
import { loadOnce } from '../../../core/stage-descriptor';

/** The code that reads and writes the stage's rows, kept once loaded (see loadOnce). */
export const repository = loadOnce(() => import('./channels-repository'));

export const channelsQueries = {
  detail: (roadmapId: string) =>
    queryOptions({
      queryKey: queryKeys.stage(roadmapId, 'channels'),
      queryFn: async (): Promise<ChannelsData> => (await repository()).getChannelsData(roadmapId),
    }),
};

const stage = 'channels';

export interface NewChannel {
  catalogKey: ChannelKey | null;
  name?: string;
  status: Channel['status'];
}

export const addChannelWrite = defineWrite({
  name: 'channels.addChannel',
  load: repository,
  write: (repo, roadmapId, input: NewChannel) => repo.addChannel(roadmapId, input),
  label: (_input, channel) => ({ action: 'add', stage, name: channel.name }),
});

export interface ChannelPatch {
  channelId: string;
  /** Only the fields the user changed. */
  changes: ChannelChanges;
}

export const updateChannelWrite = defineWrite({
  name: 'channels.updateChannel',
  load: repository,
  write: (repo, roadmapId, { channelId, changes }: ChannelPatch) =>
    repo.updateChannel(roadmapId, channelId, changes),
  label: (_patch, channel) => ({ action: 'edit', stage, name: channel.name }),
  coalesce: ({ channelId, changes }) => fieldEditKey('channels.updateChannel', channelId, changes),
});

export const removeChannelWrite = defineWrite({
  name: 'channels.removeChannel',
  load: repository,
  write: (repo, roadmapId, channelId: string) => repo.removeChannel(roadmapId, channelId),
  label: (_id, removed) => ({ action: 'remove', stage, name: removed.channel.name }),
});

export const saveDemographicsWrite = defineWrite({
  name: 'channels.saveDemographics',
  load: repository,
  write: (repo, roadmapId, values: Pick<Demographics, 'shares' | 'overrides' | 'source'>) =>
    repo.saveDemographics(roadmapId, values),
  label: () => ({ action: 'edit', stage }),
  coalesce: () => 'channels.saveDemographics',
});

export const saveSurveyWrite = defineWrite({
  name: 'channels.saveSurvey',
  load: repository,
  write: (repo, roadmapId, values: Pick<Survey, 'respondents' | 'answers'>) =>
    repo.saveSurvey(roadmapId, values),
  label: () => ({ action: 'edit', stage }),
  coalesce: () => 'channels.saveSurvey',
});

export interface SurveyImportValues {
  imported: ImportedSurvey;
  /** Replace the stored survey, or add the file's respondents and counts to it. */
  mode: ImportMode;
}

/**
 * A CSV import is its own step, never merged with typing in the survey table; replacing and
 * adding are both this one write, so either is undone in one step.
 */
export const importSurveyWrite = defineWrite({
  name: 'channels.importSurvey',
  load: repository,
  write: (repo, roadmapId, { imported, mode }: SurveyImportValues) =>
    repo.importSurvey(roadmapId, imported, mode),
  label: () => ({ action: 'import', stage }),
});

export const saveSavingsPlanWrite = defineWrite({
  name: 'channels.saveSavingsPlan',
  load: repository,
  write: (repo, roadmapId, values: SavingsPlanValues) => repo.saveSavingsPlan(roadmapId, values),
  label: () => ({ action: 'edit', stage }),
  coalesce: () => 'channels.saveSavingsPlan',
});

/** Status and numbers show at once; the write follows and is undone in the view if it fails. */
function withChannelChanges(data: unknown, { channelId, changes }: ChannelPatch): unknown {
  const previous = data as ChannelsData;
  const channels = previous.channels.map((channel) =>
    channel.id === channelId ? { ...channel, ...changes } : channel,
  );
  return { ...previous, channels };
}

/** Stage-3 writes; each refreshes the stage data and the roadmap's progress. */
export function useChannelsMutations(roadmapId: string) {
  const key = channelsQueries.detail(roadmapId).queryKey;
  return {
    addChannel: useWrite(addChannelWrite, roadmapId),
    updateChannel: useWrite(updateChannelWrite, roadmapId, {
      queryKey: key,
      update: withChannelChanges,
    }),
    removeChannel: useWrite(removeChannelWrite, roadmapId),
    saveDemographics: useWrite(saveDemographicsWrite, roadmapId),
    saveSurvey: useWrite(saveSurveyWrite, roadmapId),
    importSurvey: useWrite(importSurveyWrite, roadmapId),
    saveSavingsPlan: useWrite(saveSavingsPlanWrite, roadmapId),
  };
}

/** The room's dot-vote on the channels to start with. */
export const channelBallot = defineDotVotes('channels', 'channelVotes');
