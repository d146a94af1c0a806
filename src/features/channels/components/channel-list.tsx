import { useTranslation } from '../../../components/ui/translation';
import { Fold } from '../../../components/ui/fold';
import { useToast } from '../../../components/ui/toasts';
import { useUndoableRemove } from '../../../core/kit/use-undoable-remove';
import { useStableCallback } from '../../../components/ui/use-stable-callback';
import { useChannelsMutations } from '../api/channels-queries';
import type { ChannelChanges } from '../api/channels-repository';
import type { Channel } from '../model/channel';
import { AddChannelForm } from './add-channel-form';
import { ChannelListSummary } from './channel-list-summary';
import { ChannelRow } from './channel-row';
import { useChannelName } from './channel-names';

export interface ChannelListProps {
  roadmapId: string;
  channels: readonly Channel[];
  onError: (error: unknown) => void;
}

/** Up to this many channels the cards show open; a longer list starts folded into its counts. */
const shortList = 4;

/** The id the checks link to, so "Go to Email" lands on its row. */
export const channelRowId = (channelId: string) => `channel-row-${channelId}`;

/** The roadmap's channels: add, set the status, record how the ones in use work, remove. */
export function ChannelList({ roadmapId, channels, onError }: ChannelListProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const channelName = useChannelName();
  const mutations = useChannelsMutations(roadmapId);

  const add = useStableCallback(
    async (input: {
      catalogKey: Channel['catalogKey'];
      name: string;
      status: Channel['status'];
    }) => {
      try {
        const added = await mutations.addChannel.mutateAsync(input);
        toast({ message: t('channels.added', { name: channelName(added) }) });
        return true;
      } catch (error) {
        onError(error);
        return false;
      }
    },
  );
  const change = useStableCallback((channelId: string, changes: ChannelChanges) =>
    mutations.updateChannel.mutateAsync({ channelId, changes }),
  );
  const removeWithUndo = useUndoableRemove(roadmapId);
  const remove = useStableCallback(async (channel: Channel) => {
    await removeWithUndo(() => mutations.removeChannel.mutateAsync(channel.id), {
      removed: t('channels.removed', { name: channelName(channel) }),
      restored: t('channels.restored', { name: channelName(channel) }),
    });
  });

  return (
    <section className="panel channel-list-panel" aria-labelledby="channel-list-heading">
      <h2 id="channel-list-heading" tabIndex={-1}>
        {t('channels.listHeading')}
      </h2>
      <Fold
        name="channels.list"
        defaultOpen={channels.length <= shortList}
        // A long list's editing rows are built when the fold first opens: forty of them took
        // about a third of the stage's first frame while nobody saw them.
        isLazy
        summary={
          channels.length === 0 ? (
            t('channels.fold.none')
          ) : (
            <ChannelListSummary channels={channels} />
          )
        }
      >
        <p className="muted">{t('channels.listIntro')}</p>
        <AddChannelForm
          channels={channels}
          isNameTaken={(name) =>
            channels.some(
              (channel) => channelName(channel).toLocaleLowerCase() === name.toLocaleLowerCase(),
            )
          }
          onAdd={add}
        />
        {channels.length === 0 ? (
          <p className="empty-hint">{t('channels.empty')}</p>
        ) : (
          <ul className="channel-list">
            {channels.map((channel) => (
              <ChannelRow
                key={channel.id}
                roadmapId={roadmapId}
                id={channelRowId(channel.id)}
                channel={channel}
                name={channelName(channel)}
                onChange={change}
                onRemove={remove}
                onError={onError}
              />
            ))}
          </ul>
        )}
      </Fold>
    </section>
  );
}
