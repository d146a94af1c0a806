import { useTranslation } from '../../../components/ui/translation';
import { goToElement, WarningList, type Warning } from '../../../components/ui/warning-list';
import type { Channel } from '../model/channel';
import { isInitialIdea } from '../model/channel-evidence';
import { channelsToOptimiseFirst, lacksHumanTouch } from '../model/evidence';
import { channelRowId } from './channel-list';
import { useChannelName } from './channel-names';

/** The method's checks: optimise the channels in use first, and keep a person reachable. */
export function ChannelWarnings({ channels }: { channels: readonly Channel[] }) {
  const { t, i18n } = useTranslation();
  const channelName = useChannelName();
  const weak = channels.some(isInitialIdea) ? channelsToOptimiseFirst(channels) : [];
  const noHuman = channels.length > 0 && lacksHumanTouch(channels);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });

  const items: Warning[] = [
    ...(weak.length > 0
      ? [
          {
            key: 'optimise-first',
            text: t('channels.warnings.optimiseFirst', {
              count: weak.length,
              names: list.format(weak.map(channelName)),
            }),
            actions: weak.map((channel) => ({
              label: t('channels.warnings.goTo', { name: channelName(channel) }),
              onAction: () => goToElement(channelRowId(channel.id)),
            })),
          },
        ]
      : []),
    ...(noHuman
      ? [
          {
            key: 'human-touch',
            text: t('channels.warnings.humanTouch'),
            actions: [
              {
                label: t('channels.warnings.goToList'),
                onAction: () => goToElement('channel-list-heading'),
              },
            ],
          },
        ]
      : []),
  ];
  return <WarningList items={items} />;
}
