import { emotionCurve } from '../../journey';
import { isDeviceKey } from '../../journey';
import type { StrategyMapModel } from '../model/summarize-map';
import { MapText, SectionTitle } from './map-primitives';
import { mapColors, type MapLayout } from './map-theme';
import type { MapFormat } from './use-map-format';

const headerHeight = 40;
const curveHeight = 48;
const touchpointStep = 46;

/** The journey strip: one column per phase, the emotion curve across, key touchpoints below. */
export function MapJourney({
  journey,
  top,
  layout,
  format,
}: {
  journey: StrategyMapModel['journey'];
  top: number;
  layout: MapLayout;
  format: MapFormat;
}) {
  const { t } = format;
  const { x, width } = layout.grid.means;
  const count = journey.phases.length;
  const title = (
    <g>
      <SectionTitle x={x} y={top} label={t('strategyMap.map.journey.heading')} />
      {count > 0 ? (
        <g>
          <line
            x1={x + 226}
            x2={x + 252}
            y1={top - 5}
            y2={top - 5}
            stroke={mapColors.accent}
            strokeWidth={3}
          />
          <circle
            cx={x + 239}
            cy={top - 5}
            r={4}
            fill={mapColors.white}
            stroke={mapColors.accent}
            strokeWidth={2}
          />
          <text x={x + 260} y={top} fontSize={14} fill={mapColors.muted}>
            {t('strategyMap.map.journey.emotion')}
          </text>
        </g>
      ) : null}
      {journey.touchpointCount > 0 ? (
        <text x={x + width} y={top} textAnchor="end" fontSize={14} fill={mapColors.muted}>
          {[
            t('strategyMap.map.journey.touchpoints', { count: journey.touchpointCount }),
            journey.morePhases > 0
              ? t('strategyMap.map.journey.morePhases', { count: journey.morePhases })
              : '',
          ]
            .filter(Boolean)
            .join('  ·  ')}
        </text>
      ) : null}
    </g>
  );
  if (count === 0) {
    return (
      <g>
        {title}
        <MapText
          x={x}
          y={top + 28}
          text={t('strategyMap.map.empty', { stage: t('stages.journey.title') })}
          size={15}
          width={width}
          fill={mapColors.muted}
        />
      </g>
    );
  }
  const column = width / count;
  const stripTop = top + 12;
  const curveTop = stripTop + headerHeight + 4;
  const curve = emotionCurve(journey.phases, {
    columnWidth: column,
    height: curveHeight,
    padding: 9,
  });
  return (
    <g>
      {title}
      {journey.phases.map((phase, index) => {
        const left = x + index * column;
        const arrow = index < count - 1 ? 10 : 0;
        return (
          <g key={phase.id}>
            <polygon
              points={`${left},${stripTop} ${left + column - arrow - 2},${stripTop} ${left + column - 2},${stripTop + headerHeight / 2} ${left + column - arrow - 2},${stripTop + headerHeight} ${left},${stripTop + headerHeight}`}
              fill={mapColors.brandSoft}
            />
            <MapText
              x={left + 7}
              y={stripTop + 17}
              text={phase.name}
              size={14}
              bold
              width={column - arrow - 14}
              maxLines={2}
              lineHeight={1.1}
              fill={mapColors.brand}
            />
            {phase.touchpoints.map((touchpoint, tIndex) => {
              const y = curveTop + curveHeight + 16 + tIndex * touchpointStep;
              const device = isDeviceKey(touchpoint.device)
                ? t(`journey.devices.${touchpoint.device}`)
                : touchpoint.device;
              const channel = touchpoint.channel ? format.channelName(touchpoint.channel) : device;
              return (
                <g key={touchpoint.id}>
                  <MapText
                    x={left + 4}
                    y={y}
                    text={channel}
                    size={12}
                    bold
                    width={column - 10}
                    fill={mapColors.muted}
                  />
                  <MapText
                    x={left + 4}
                    y={y + 15}
                    text={touchpoint.description}
                    size={13}
                    width={column - 10}
                    maxLines={2}
                    lineHeight={1.15}
                  />
                </g>
              );
            })}
            {phase.moreTouchpoints > 0 ? (
              <text
                x={left + 4}
                y={curveTop + curveHeight + 16 + phase.touchpoints.length * touchpointStep}
                fontSize={12}
                fill={mapColors.muted}
              >
                {t('strategyMap.map.more', { count: phase.moreTouchpoints })}
              </text>
            ) : null}
          </g>
        );
      })}
      <g transform={`translate(${x},${curveTop})`}>
        <rect x={0} y={0} width={width} height={curveHeight} fill={mapColors.panel} />
        <line
          x1={0}
          x2={width}
          y1={curve.zeroY}
          y2={curve.zeroY}
          stroke={mapColors.line}
          strokeDasharray="4 4"
        />
        {curve.paths.map((path, index) => (
          <path key={index} d={path} fill="none" stroke={mapColors.accent} strokeWidth={3} />
        ))}
        {curve.points.map((point) => (
          <g key={point.phaseId}>
            <circle
              cx={point.x}
              cy={point.y}
              r={5}
              fill={mapColors.white}
              stroke={mapColors.accent}
              strokeWidth={2.5}
            />
            <text
              x={point.x + 9}
              y={point.y + 4}
              fontSize={11}
              fontWeight={700}
              fill={mapColors.ink}
            >
              {point.emotion > 0
                ? `+${point.emotion}`
                : point.emotion === 0
                  ? '0'
                  : `−${-point.emotion}`}
            </text>
          </g>
        ))}
      </g>
    </g>
  );
}
