import { useId } from 'react';
import type { TimelineLayout } from '../model/timeline';

export interface GoalTimelineChartProps {
  layout: TimelineLayout;
  title: string;
  summary: string;
  todayLabel: string;
  /** A tick's label: month (and year where a year starts), or quarter, or year. */
  formatTick: (date: string, showYear: boolean) => string;
  formatDay: (date: string) => string;
  /** The tick labels' size in the chart's units: 14 on screen, larger for a room. */
  tickSize?: number;
}

const width = 1000;
const plotLeft = 300;
const plotRight = 985;
const rowHeight = 50;
const top = 62;
const bottomWithMarkers = 34;
const fontSize = 16;
/** Titles wrap on two lines of about this many characters; the rest is in the table and list. */
const lineChars = 30;

const px = (x: number) => plotLeft + x * (plotRight - plotLeft);

/** Splits a title into at most two lines at word breaks, shortening the second if needed. */
function titleLines(title: string): string[] {
  if (title.length <= lineChars) return [title];
  const words = title.split(/\s+/);
  let first = '';
  while (words.length > 0 && `${first} ${words[0]}`.trim().length <= lineChars) {
    first = `${first} ${words.shift()}`.trim();
  }
  // A single word longer than a line is cut where the line ends.
  if (first === '') return [`${title.slice(0, lineChars - 1)}…`];
  const rest = words.join(' ');
  return [first, rest.length > lineChars ? `${rest.slice(0, lineChars - 1).trimEnd()}…` : rest];
}

/**
 * Goals as bars on a time axis, drawn as vector graphics from a ready layout (see
 * `timelineLayout`). It only draws: every number comes in through props.
 */
export function GoalTimelineChart({
  layout,
  title,
  summary,
  todayLabel,
  formatTick,
  formatDay,
  tickSize = 14,
}: GoalTimelineChartProps) {
  const id = useId();
  const rowsBottom = top + layout.rows.length * rowHeight;
  const height = rowsBottom + (layout.markers.length > 0 ? bottomWithMarkers : 8);
  // Leave about 55 units between tick labels at 14 units, more for larger ones, whatever the span.
  const every = Math.max(
    1,
    Math.ceil((layout.ticks.length * 55 * (tickSize / 14)) / (plotRight - plotLeft)),
  );
  const todayX = px(layout.today.x);

  return (
    <svg
      className="goal-timeline-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      fontSize={fontSize}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {layout.rows.map((row, index) =>
        index % 2 === 1 ? (
          <rect
            key={row.id}
            className="timeline-stripe"
            x={0}
            y={top + index * rowHeight}
            width={width}
            height={rowHeight}
          />
        ) : null,
      )}
      <g className="timeline-axis">
        {layout.ticks.map((tick, index) => {
          const x = px(tick.x);
          const isLabelled = index % every === 0 && tick.x < 0.94;
          const showYear = layout.tickStep !== 'month' || tick.isYearStart || index === 0;
          return (
            <g key={tick.date}>
              <line
                className={tick.isYearStart ? 'timeline-grid timeline-grid-year' : 'timeline-grid'}
                x1={x}
                x2={x}
                y1={top - 8}
                y2={rowsBottom}
              />
              {isLabelled ? (
                <text
                  x={x + 4}
                  y={top - 14}
                  className="timeline-tick"
                  style={{ fontSize: tickSize }}
                >
                  {formatTick(tick.date, showYear)}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
      <g className="timeline-rows">
        {layout.rows.map((row, index) => {
          const y = top + index * rowHeight;
          const x1 = px(row.x1);
          const x2 = Math.max(px(row.x2), x1 + 4);
          const endLabelInside = x2 - plotLeft > 130;
          return (
            <g key={row.id} className="timeline-row">
              <TitleLabel title={row.title} y={y} />
              <rect
                className={row.hasStartDate ? 'timeline-bar' : 'timeline-bar timeline-bar-open'}
                x={x1}
                y={y + 25}
                width={x2 - x1}
                height={17}
                rx={4}
              />
              <text
                x={endLabelInside ? x2 : x2 + 6}
                y={y + 19}
                textAnchor={endLabelInside ? 'end' : 'start'}
                className="timeline-date"
              >
                {formatDay(row.deadline)}
              </text>
            </g>
          );
        })}
      </g>
      {layout.markers.map((marker, index) => {
        // Close markers (a pilot a month before go-live) turn their labels away from each other.
        const near = (other: { x: number }, otherIndex: number) =>
          otherIndex !== index && Math.abs(px(other.x) - px(marker.x)) < 90;
        const nearby = layout.markers.filter(near);
        const before = nearby.some((other) => other.x < marker.x);
        const after = nearby.some((other) => other.x > marker.x);
        const side = after && !before ? 'end' : before && !after ? 'start' : 'middle';
        const offset = side === 'end' ? -4 : side === 'start' ? 4 : 0;
        return (
          <g key={`${marker.date}-${marker.label}`} className="timeline-marker">
            <line x1={px(marker.x)} x2={px(marker.x)} y1={top - 8} y2={rowsBottom + 6} />
            <text x={px(marker.x) + offset} y={rowsBottom + 24} textAnchor={side}>
              {marker.label}
            </text>
          </g>
        );
      })}
      <g className="timeline-today">
        <line x1={todayX} x2={todayX} y1={top - 40} y2={rowsBottom} />
        <text
          x={todayX}
          y={top - 44}
          textAnchor={layout.today.x > 0.92 ? 'end' : layout.today.x < 0.08 ? 'start' : 'middle'}
        >
          {todayLabel}
        </text>
      </g>
    </svg>
  );
}

function TitleLabel({ title, y }: { title: string; y: number }) {
  const lines = titleLines(title);
  const firstBaseline = lines.length === 1 ? y + rowHeight / 2 + 6 : y + rowHeight / 2 - 3;
  return (
    <text className="timeline-label" x={0} y={firstBaseline}>
      <title>{title}</title>
      {lines.map((line, index) => (
        <tspan key={index} x={0} dy={index === 0 ? 0 : 18}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
