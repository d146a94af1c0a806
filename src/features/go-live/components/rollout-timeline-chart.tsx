import { useId } from 'react';
import type { RolloutStep } from '../model/go-live';
import type { RolloutTimeline } from '../model/launch-timing';

export interface RolloutTimelineChartProps {
  timeline: RolloutTimeline;
  names: ReadonlyMap<string, string>;
  title: string;
  summary: string;
  stepLabels: Record<RolloutStep, string>;
  todayLabel: string;
  goLiveLabel: string;
  pilotLabel: string;
  formatTick: (date: string) => string;
}

const width = 960;
const plotLeft = 220;
const plotRight = 930;
const top = 54;
const rowHeight = 52;
const fontSize = 16;
const px = (x: number) => plotLeft + x * (plotRight - plotLeft);
/** Channel names longer than this are shortened in the chart; the table has them in full. */
const nameChars = 22;
const shortName = (name: string) =>
  name.length > nameChars ? `${name.slice(0, nameChars - 1)}…` : name;

/**
 * Draws the rollout plan: per planned channel its steps as labelled markers joined by bars, and
 * vertical lines for today, the pilot and the go-live date. Only draws; the positions come from
 * `rolloutTimeline`. Every step carries its name, so nothing relies on colour.
 */
export function RolloutTimelineChart({
  timeline,
  names,
  title,
  summary,
  stepLabels,
  todayLabel,
  goLiveLabel,
  pilotLabel,
  formatTick,
}: RolloutTimelineChartProps) {
  const id = useId();
  const rowsBottom = top + timeline.rows.length * rowHeight;
  const height = rowsBottom + 40;
  const every = Math.max(1, Math.ceil((timeline.ticks.length * 60) / (plotRight - plotLeft)));
  const anchor = (x: number) => (x > 0.9 ? 'end' : x < 0.1 ? 'start' : 'middle');
  return (
    <svg
      className="rollout-timeline-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      fontSize={fontSize}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {timeline.ticks.map((tick, index) => (
        <g key={tick.date} className="rollout-tick">
          <line x1={px(tick.x)} x2={px(tick.x)} y1={top - 8} y2={rowsBottom} />
          {index % every === 0 ? (
            <text x={px(tick.x) + 4} y={top - 14}>
              {formatTick(tick.date)}
            </text>
          ) : null}
        </g>
      ))}
      {timeline.rows.map((row, index) => {
        const y = top + index * rowHeight + rowHeight / 2;
        return (
          <g key={row.channelId} className="rollout-row-chart">
            <text x={plotLeft - 12} y={y + 5} textAnchor="end" className="rollout-name">
              {shortName(names.get(row.channelId) ?? '')}
            </text>
            {row.steps.map((step) =>
              step.endX > step.x ? (
                <rect
                  key={`bar-${step.step}`}
                  className={`rollout-bar rollout-bar-${step.step}`}
                  x={px(step.x)}
                  y={y - 6}
                  width={px(step.endX) - px(step.x)}
                  height={12}
                  rx={3}
                />
              ) : null,
            )}
            {row.steps.map((step, stepIndex) => {
              // Names of steps close together turn away from each other, so they never overlap.
              const isNear = (other: { x: number } | undefined) =>
                other !== undefined && Math.abs(px(other.x) - px(step.x)) < 120;
              const nearPrevious = isNear(row.steps[stepIndex - 1]);
              const nearNext = isNear(row.steps[stepIndex + 1]);
              const textAnchor =
                nearNext && !nearPrevious
                  ? 'end'
                  : nearPrevious && !nearNext
                    ? 'start'
                    : anchor(step.x);
              const shift = textAnchor === 'end' ? 4 : textAnchor === 'start' ? -4 : 0;
              return (
                <g key={step.step} className={`rollout-step rollout-step-${step.step}`}>
                  <rect
                    x={px(step.x) - 7}
                    y={y - 7}
                    width={14}
                    height={14}
                    transform={`rotate(45 ${px(step.x)} ${y})`}
                  />
                  <text x={px(step.x) + shift} y={y - 13} textAnchor={textAnchor} fontSize={14}>
                    {stepLabels[step.step]}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      {timeline.pilot !== null ? (
        <g className="rollout-line rollout-line-pilot">
          <line x1={px(timeline.pilot)} x2={px(timeline.pilot)} y1={top - 8} y2={rowsBottom + 8} />
          <text x={px(timeline.pilot)} y={rowsBottom + 26} textAnchor={anchor(timeline.pilot)}>
            {pilotLabel}
          </text>
        </g>
      ) : null}
      {timeline.goLive !== null ? (
        <g className="rollout-line rollout-line-go-live">
          <line
            x1={px(timeline.goLive)}
            x2={px(timeline.goLive)}
            y1={top - 8}
            y2={rowsBottom + 8}
          />
          <text
            x={px(timeline.goLive)}
            y={rowsBottom + 26}
            textAnchor={anchor(timeline.goLive)}
            fontWeight={700}
          >
            {goLiveLabel}
          </text>
        </g>
      ) : null}
      <g className="rollout-line rollout-line-today">
        <line x1={px(timeline.today)} x2={px(timeline.today)} y1={top - 8} y2={rowsBottom} />
        <text x={px(timeline.today)} y={top - 34} textAnchor={anchor(timeline.today)}>
          {todayLabel}
        </text>
      </g>
    </svg>
  );
}
