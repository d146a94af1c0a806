import { memo, useId } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { ChannelChanges } from '../api/channels-repository';
import type { Channel } from '../model/channel';
import { ChannelMetrics } from './channel-metrics';
import { ChannelStatusField } from './channel-status-field';

export interface ChannelRowProps {
  roadmapId: string;
  /** The row's element id, the target of the checks' "Go to" buttons. */
  id: string;
  channel: Channel;
  name: string;
  onChange: (channelId: string, changes: ChannelChanges) => Promise<unknown>;
  onRemove: (channel: Channel) => Promise<void>;
  onError: (error: unknown) => void;
}

/** One channel: what kind it is, its status and, when in use, how it works today. */
export const ChannelRow = memo(function ChannelRow({
  roadmapId,
  id,
  channel,
  name,
  onChange,
  onRemove,
  onError,
}: ChannelRowProps) {
  const { t } = useTranslation();
  const humanId = useId();
  const change = (changes: ChannelChanges) => onChange(channel.id, changes);
  const headingId = `${id}-name`;

  return (
    <li
      id={id}
      className={`channel-row channel-${channel.status}`}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <div className="channel-row-head">
        <div className="channel-identity">
          <h3 id={headingId} className="channel-name">
            {name}
          </h3>
          <dl className="channel-facts">
            <div>
              <dt>{t('channels.interactionLabel')}</dt>
              <dd>{t(`channels.interaction.${channel.interaction}`)}</dd>
            </div>
            <div>
              <dt>
                {channel.catalogKey === null ? (
                  <label htmlFor={humanId}>{t('channels.humanTouch')}</label>
                ) : (
                  t('channels.humanTouch')
                )}
              </dt>
              <dd>
                {channel.catalogKey === null ? (
                  <input
                    id={humanId}
                    type="checkbox"
                    checked={channel.humanTouch}
                    aria-describedby={`${humanId}-state`}
                    onChange={(event) =>
                      void change({ humanTouch: event.target.checked }).catch(onError)
                    }
                  />
                ) : null}
                <span id={`${humanId}-state`}>
                  {channel.humanTouch ? t('channels.humanYes') : t('channels.humanNo')}
                </span>
              </dd>
            </div>
            {channel.catalogKey === null ? (
              <div>
                <dt className="visually-hidden">{t('channels.custom')}</dt>
                <dd>
                  <span className="badge">{t('channels.custom')}</span>
                </dd>
              </div>
            ) : null}
          </dl>
        </div>
        <ChannelStatusField
          roadmapId={roadmapId}
          channel={channel}
          name={name}
          onChange={change}
          onError={onError}
        />
        <button
          type="button"
          className="button button-small button-danger channel-remove"
          aria-label={t('channels.removeLabel', { name })}
          onClick={() => void onRemove(channel)}
        >
          {t('channels.remove')}
        </button>
      </div>
      {channel.status === 'in-use' ? (
        <ChannelMetrics
          roadmapId={roadmapId}
          channel={channel}
          name={name}
          onChange={change}
          onError={onError}
        />
      ) : null}
    </li>
  );
});
