import type { StrategyMapModel } from '../model/summarize-map';
import { FlowArrow, MapText, SectionTitle } from './map-primitives';
import { mapColors, type MapLayout } from './map-theme';
import type { MapFormat } from './use-map-format';

const rowHeight = 21;

/** Channels in use today, then an arrow to the planned ones with their launch dates. */
export function MapChannels({
  channels,
  top,
  layout,
  format,
}: {
  channels: StrategyMapModel['channels'];
  top: number;
  layout: MapLayout;
  format: MapFormat;
}) {
  const { t } = format;
  const { x, width } = layout.grid.means;
  const leftWidth = layout.inUseWidth;
  const arrowX = x + leftWidth + 14;
  const plannedX = arrowX + 60;
  const plannedWidth = x + width - plannedX;
  const isEmpty = channels.inUse.length === 0 && channels.planned.length === 0;
  const more = (count: number, y: number, at: number) =>
    count > 0 ? (
      <text x={at} y={y} fontSize={14} fill={mapColors.muted}>
        {t('strategyMap.map.more', { count })}
      </text>
    ) : null;
  return (
    <g>
      <SectionTitle x={x} y={top} label={t('strategyMap.map.channels.heading')} />
      {isEmpty ? (
        <MapText
          x={x}
          y={top + 28}
          text={t('strategyMap.map.empty', { stage: t('stages.channels.title') })}
          size={15}
          width={width}
          fill={mapColors.muted}
        />
      ) : (
        <g>
          <text x={x} y={top + 26} fontSize={13} fontWeight={700} fill={mapColors.muted}>
            {t('strategyMap.map.channels.inUse').toUpperCase()}
          </text>
          {channels.inUse.map((channel, index) => (
            <g key={channel.id}>
              <rect
                x={x}
                y={top + 36 + index * rowHeight}
                width={4}
                height={16}
                fill={mapColors.competitor}
              />
              <MapText
                x={x + 12}
                y={top + 49 + index * rowHeight}
                text={format.channelName(channel)}
                size={15}
                width={leftWidth - 12}
              />
            </g>
          ))}
          {more(channels.moreInUse, top + 49 + channels.inUse.length * rowHeight, x + 12)}
          <FlowArrow x={arrowX} y={top + 60} length={44} />
          <text x={plannedX} y={top + 26} fontSize={13} fontWeight={700} fill={mapColors.accent}>
            {t('strategyMap.map.channels.planned').toUpperCase()}
          </text>
          {channels.planned.map((channel, index) => {
            const y = top + 49 + index * rowHeight;
            const when = channel.firstDate
              ? t('strategyMap.map.channels.from', { date: format.date(channel.firstDate) })
              : t('strategyMap.map.channels.noDate');
            return (
              <g key={channel.id}>
                <rect x={plannedX} y={y - 13} width={4} height={16} fill={mapColors.accent} />
                <MapText
                  x={plannedX + 12}
                  y={y}
                  text={format.channelName(channel)}
                  size={15}
                  bold
                  width={plannedWidth - 150}
                />
                <text x={x + width} y={y} textAnchor="end" fontSize={15} fill={mapColors.ink}>
                  {when}
                </text>
              </g>
            );
          })}
          {channels.planned.length === 0 ? (
            <text x={plannedX} y={top + 49} fontSize={14} fill={mapColors.muted}>
              {t('strategyMap.map.empty', { stage: t('stages.channels.title') })}
            </text>
          ) : null}
          {more(
            channels.morePlanned,
            top + 49 + channels.planned.length * rowHeight,
            plannedX + 12,
          )}
        </g>
      )}
    </g>
  );
}
