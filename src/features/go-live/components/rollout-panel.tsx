import { useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Link } from 'react-router';
import { isoDay } from '../../../lib/dates';
import { roadmapPath } from '../../../lib/stages';
import { useChannelName } from '../../channels';
import type { GoLiveData } from '../api/go-live-repository';
import { rolloutTimeline, rolloutWarnings } from '../model/launch-timing';
import { RolloutRow } from './rollout-row';
import { RolloutTimeline } from './rollout-timeline';
import { RolloutWarningsList } from './rollout-warnings';
import type { GoLiveActions } from './use-go-live-actions';

export const rolloutPanelId = 'rollout-plan';

export interface RolloutPanelProps {
  roadmapId: string;
  data: GoLiveData;
  actions: GoLiveActions;
}

/** How each planned channel goes live: dates per step, the checks, and the timeline. */
export function RolloutPanel({ roadmapId, data, actions }: RolloutPanelProps) {
  const { t, i18n } = useTranslation();
  const channelName = useChannelName();
  const goLiveDate = data.plan?.goLiveDate ?? null;
  const pilotDate = data.plan?.pilotDate ?? null;
  const byChannel = useMemo(
    () => new Map(data.rollouts.map((rollout) => [rollout.channelId, rollout])),
    [data.rollouts],
  );
  const planned = data.channels
    .filter((channel) => channel.status === 'planned')
    .map((channel) => ({
      id: channel.id,
      name: channelName(channel),
      rollout: byChannel.get(channel.id),
    }));
  const inUse = data.channels.filter((channel) => channel.status === 'in-use').map(channelName);
  const names = new Map(planned.map((channel) => [channel.id, channel.name]));
  const plannedIds = planned.map((channel) => channel.id);
  const warnings = rolloutWarnings(plannedIds, byChannel, goLiveDate);
  const timeline = rolloutTimeline(
    planned.map((channel) => ({ channelId: channel.id, rollout: channel.rollout })),
    { goLiveDate, pilotDate },
    isoDay(),
  );
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });

  return (
    <section
      className="go-live-panel rollout-panel"
      id={rolloutPanelId}
      tabIndex={-1}
      aria-labelledby="rollout-heading"
    >
      <h2 id="rollout-heading">{t('goLive.rollout.heading')}</h2>
      <p className="muted">{t('goLive.rollout.intro')}</p>
      {planned.length === 0 ? (
        <p className="empty-note">
          {t('goLive.rollout.noPlanned')}{' '}
          <Link to={roadmapPath(roadmapId, 'channels')}>{t('goLive.rollout.toChannels')}</Link>
        </p>
      ) : (
        <>
          <RolloutWarningsList
            warnings={warnings}
            names={names}
            fullDates={
              new Map(planned.map((channel) => [channel.id, channel.rollout?.fullDate ?? null]))
            }
            goLiveDate={goLiveDate}
          />
          <ul className="rollout-rows">
            {planned.map((channel) => (
              <RolloutRow
                key={channel.id}
                channelId={channel.id}
                name={channel.name}
                rollout={channel.rollout}
                actions={actions}
              />
            ))}
          </ul>
        </>
      )}
      {inUse.length > 0 ? (
        <p className="rollout-live">
          {t('goLive.rollout.alreadyLive', { names: list.format(inUse) })}
        </p>
      ) : null}
      {planned.length > 0 ? <RolloutTimeline timeline={timeline} channels={planned} /> : null}
    </section>
  );
}
