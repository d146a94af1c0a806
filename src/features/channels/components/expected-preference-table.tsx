import { useTranslation } from '../../../components/ui/translation';
import { formatNumber } from '../../../core/numbers';
import type { Channel } from '../model/channel';
import { channelCatalogue } from '../model/channel-catalogue';
import { referenceGroupIds, type ReferenceGroupId } from '../model/reference-preferences';
import { useChannelName } from './channel-names';

export interface ExpectedPreferenceTableProps {
  expected: Record<ReferenceGroupId, number>;
  /** The roadmap's catalogue channels that belong to a reference group. */
  channels: readonly Channel[];
}

/** The expected preference per channel group, and which of the roadmap's channels it covers. */
export function ExpectedPreferenceTable({ expected, channels }: ExpectedPreferenceTableProps) {
  const { t, i18n } = useTranslation();
  const channelName = useChannelName();
  return (
    <table className="channels-table expected-table">
      <caption className="visually-hidden">{t('channels.demographics.expectedCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('channels.demographics.group')}</th>
          <th scope="col" className="number">
            {t('channels.demographics.expected')}
          </th>
          <th scope="col">{t('channels.demographics.mappedTo')}</th>
        </tr>
      </thead>
      <tbody>
        {referenceGroupIds.map((group) => {
          const mapped = channels.filter(
            (channel) =>
              channel.catalogKey && channelCatalogue[channel.catalogKey].referenceGroup === group,
          );
          return (
            <tr key={group}>
              <th scope="row">{t(`channels.group.${group}`)}</th>
              <td className="number key-number">
                {formatNumber(expected[group], i18n.language, 'share')}%
              </td>
              <td>
                {mapped.length > 0 ? (
                  mapped.map(channelName).join(', ')
                ) : (
                  <span className="muted">{t('channels.demographics.noMapped')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
