import { useTranslation } from 'react-i18next';
import type { Channel } from '../model/channel';
import { isInitialIdea } from '../model/channel-evidence';
import { channelsToOptimiseFirst, lacksHumanTouch } from '../model/evidence';
import { channelRowId } from './channel-list';
import { useChannelName } from './channel-names';

/** Moves focus (and the view) to an element of the page, such as a channel's row. */
function goTo(elementId: string) {
  const element = document.getElementById(elementId);
  element?.scrollIntoView({ block: 'center' });
  element?.focus({ preventScroll: true });
}

/** The method's checks: optimise the channels in use first, and keep a person reachable. */
export function ChannelWarnings({ channels }: { channels: readonly Channel[] }) {
  const { t, i18n } = useTranslation();
  const channelName = useChannelName();
  const weak = channels.some(isInitialIdea) ? channelsToOptimiseFirst(channels) : [];
  const noHuman = channels.length > 0 && lacksHumanTouch(channels);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });

  return (
    <div className="warning-list" role="status">
      {weak.length > 0 ? (
        <div className="warning-item">
          <p>
            <span aria-hidden="true" className="warning-mark">
              !
            </span>{' '}
            {t('channels.warnings.optimiseFirst', {
              count: weak.length,
              names: list.format(weak.map(channelName)),
            })}
          </p>
          <div className="warning-actions">
            {weak.map((channel) => (
              <button
                key={channel.id}
                type="button"
                className="button button-small"
                onClick={() => goTo(channelRowId(channel.id))}
              >
                {t('channels.warnings.goTo', { name: channelName(channel) })}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      {noHuman ? (
        <div className="warning-item">
          <p>
            <span aria-hidden="true" className="warning-mark">
              !
            </span>{' '}
            {t('channels.warnings.humanTouch')}
          </p>
          <div className="warning-actions">
            <button
              type="button"
              className="button button-small"
              onClick={() => goTo('channel-list-heading')}
            >
              {t('channels.warnings.goToList')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
