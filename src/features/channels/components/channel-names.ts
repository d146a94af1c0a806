import { useCallback } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { loadStagesCatalog } from '../../../i18n/i18n';
import type { Channel } from '../model/channel';
import type { ChannelNames } from '../model/survey-csv';

/** A channel's shown name: its own name, or the catalogue's name in the UI language. */
export function useChannelName(): (channel: Pick<Channel, 'catalogKey' | 'name'>) => string {
  const { t } = useTranslation();
  return useCallback(
    (channel) =>
      channel.name === '' && channel.catalogKey
        ? t(`channelCatalogue.${channel.catalogKey}`)
        : channel.name,
    [t],
  );
}

/**
 * Every name a file may use for each channel: its own name, its catalogue key and the catalogue
 * name in both languages. The catalogs are loaded on demand (only the UI language is loaded).
 */
export async function channelNamesForMatching(
  channels: readonly Pick<Channel, 'id' | 'catalogKey' | 'name'>[],
): Promise<ChannelNames[]> {
  const [en, it] = await Promise.all([loadStagesCatalog('en'), loadStagesCatalog('it')]);
  return channels.map((channel) => ({
    id: channel.id,
    catalogKey: channel.catalogKey,
    names: [
      channel.name,
      ...(channel.catalogKey
        ? [
            channel.catalogKey,
            en.channelCatalogue[channel.catalogKey],
            it.channelCatalogue[channel.catalogKey],
          ]
        : []),
    ].filter((name) => name !== ''),
  }));
}
