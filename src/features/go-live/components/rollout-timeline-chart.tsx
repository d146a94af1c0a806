import { useId } from 'react';
import type { RolloutStep } from '../model/go-live';
import type { RolloutTimeline } from '../model/launch-timing';
import { estimateTextWidth } from '../../../lib/text-width';
import { placeStepLabels, wrapName, type PlacedStepLabel } from '../model/timeline-labels';

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
const fontSize = 16;
const stepFontSize = 14;
const nameWidth = plotLeft - 24;
const nameLineHeight = 19;
/** From a step label's baseline to the marker's centre, per lane (negative is above). */
const laneBaseline = { 0: -13, 1: 27, 2: -31 } as const;
const px = (x: number) => plotLeft + x * (plotRight - plotLeft);

interface RowLayout {
  channelId: string;
  /** The marker's centre line. */
  y: number;
  nameLines: string[];
  labels: PlacedStepLabel[];
}

/** Each row as tall as its wrapped name and its label lanes need, one under the other. */
function layoutRows(
  timeline: RolloutTimeline,
  names: ReadonlyMap<string, string>,
  stepLabels: Record<RolloutStep, string>,
): { rows: RowLayout[]; bottom: number } {
  let rowTop = top;
  const rows = timeline.rows.map((row) => {
    const nameLines = wrapName(names.get(row.channelId) ?? '', nameWidth, fontSize);
    const labels = placeStepLabels(
      row.steps.map((step) => ({
        x: px(step.x),
        width: estimateTextWidth(stepLabels[step.step], stepFontSize, true),
      })),
      plotLeft - 16,
      width - 4,
    );
    const lanes = new Set(labels.map((label) => label.lane));
    const nameHalf = (nameLines.length * nameLineHeight) / 2 + 6;
    const above = Math.max(lanes.has(2) ? 48 : 30, nameHalf, 26);
    const below = Math.max(lanes.has(1) ? 34 : 14, nameHalf, 26);
    const y = rowTop + above;
    rowTop = y + below;
    return { channelId: row.channelId, y, nameLines, labels };
  });
  return { rows, bottom: rowTop };
}

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
  const layout = layoutRows(timeline, names, stepLabels);
  const rowsBottom = layout.bottom;
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
        const { y, nameLines, labels } = layout.rows[index]!;
        const firstLine = y + 5 - ((nameLines.length - 1) * nameLineHeight) / 2;
        return (
          <g key={row.channelId} className="rollout-row-chart">
            <text x={plotLeft - 12} y={firstLine} textAnchor="end" className="rollout-name">
              {nameLines.map((line, lineIndex) => (
                <tspan key={lineIndex} x={plotLeft - 12} dy={lineIndex === 0 ? 0 : nameLineHeight}>
                  {/* The space keeps the words apart when the name is read out or copied. */}
                  {lineIndex < nameLines.length - 1 ? `${line} ` : line}
                </tspan>
              ))}
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
            {row.steps.map((step) => (
              <g key={step.step} className={`rollout-step rollout-step-${step.step}`}>
                <rect
                  x={px(step.x) - 7}
                  y={y - 7}
                  width={14}
                  height={14}
                  transform={`rotate(45 ${px(step.x)} ${y})`}
                />
              </g>
            ))}
            {row.steps.map((step, stepIndex) => {
              const label = labels[stepIndex]!;
              return (
                <text
                  key={`label-${step.step}`}
                  className="rollout-step-label"
                  x={label.left}
                  y={y + laneBaseline[label.lane]}
                  fontSize={stepFontSize}
                  stroke="#fff"
                  strokeWidth={4}
                  paintOrder="stroke"
                >
                  {stepLabels[step.step]}
                </text>
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
