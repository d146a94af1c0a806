import { useTranslation } from '../../../components/ui/translation';
import { formatNumber, numberRules } from '../../../core/numbers';
import { saveTarget } from '../../../core/kit/save-target';
import { updateChannelWrite } from '../api/channels-queries';
import type { Channel } from '../model/channel';
import { channelCatalogue } from '../model/channel-catalogue';
import { useChannelName } from './channel-names';
import { NumberAutosaveInput } from './number-autosave-input';

export interface SavingsVolumesTableProps {
  roadmapId: string;
  channels: readonly Channel[];
}

/** The savings calculator's inputs per channel: contacts a month and cost per contact. */
export function SavingsVolumesTable({ roadmapId, channels }: SavingsVolumesTableProps) {
  const { t, i18n } = useTranslation();
  const channelName = useChannelName();
  return (
    <table className="savings-volumes">
      <caption>{t('savings.volumesHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('savings.channel')}</th>
          <th scope="col">{t('savings.monthlyContacts')}</th>
          <th scope="col">{t('savings.costPerContact')}</th>
        </tr>
      </thead>
      <tbody>
        {channels.map((channel) => {
          const name = channelName(channel);
          const typical = channel.catalogKey
            ? channelCatalogue[channel.catalogKey].typicalCost
            : null;
          const isTypical = channel.costPerContact === null && typical !== null;
          return (
            <tr key={channel.id}>
              <th scope="row">
                {name}
                {channel.status === 'planned' ? (
                  <span className="savings-badge">{t('savings.planned')}</span>
                ) : null}
              </th>
              <td>
                <NumberAutosaveInput
                  label={t('savings.monthlyContactsLabel', { name })}
                  value={channel.monthlyContacts}
                  rule={numberRules.count}
                  onSave={saveTarget(
                    updateChannelWrite,
                    roadmapId,
                    `channel:${channel.id}:monthlyContacts`,
                    (monthlyContacts: number | null) => ({
                      channelId: channel.id,
                      changes: { monthlyContacts },
                    }),
                  )}
                />
              </td>
              <td>
                <NumberAutosaveInput
                  label={t('savings.costLabel', { name })}
                  value={channel.costPerContact ?? typical}
                  hint={
                    isTypical
                      ? t('savings.typicalCost')
                      : typical !== null
                        ? t('savings.typicalIs', {
                            cost: formatNumber(typical, i18n.language, 'money'),
                          })
                        : undefined
                  }
                  onSave={saveTarget(
                    updateChannelWrite,
                    roadmapId,
                    `channel:${channel.id}:costPerContact`,
                    (costPerContact: number | null) => ({
                      channelId: channel.id,
                      changes: { costPerContact },
                    }),
                  )}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
