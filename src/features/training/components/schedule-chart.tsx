import { useTranslation } from '../../../components/ui/translation';
import { formatDate, formattingLocale } from '../../../lib/format';
import type { Schedule } from '../model/schedule';

export interface ScheduleChartProps {
  schedule: Schedule & { axis: NonNullable<Schedule['axis']> };
  goLiveDate: string | null;
}

const labelWidth = 300;
const chartWidth = 1000;
const rowHeight = 34;
const top = 58;

/**
 * Modules as bars on a time axis, with a "Today" line and the go-live line. Inline SVG: vector in
 * print, no chart library. Bars carry their family as a pattern as well as a colour, and their
 * status in words, so the chart reads in black and white.
 */
export function ScheduleChart({ schedule, goLiveDate }: ScheduleChartProps) {
  const { t, i18n } = useTranslation();
  const plot = chartWidth - labelWidth - 20;
  const x = (fraction: number) => labelWidth + fraction * plot;
  const height = top + schedule.bars.length * rowHeight + 10;
  const month = new Intl.DateTimeFormat(formattingLocale(i18n.language), {
    month: 'short',
    timeZone: 'UTC',
  });
  const year = (date: string) => date.slice(0, 4);
  return (
    <svg
      className="schedule-chart"
      viewBox={`0 0 ${chartWidth} ${height}`}
      role="img"
      aria-label={t('training.schedule.chartLabel', { count: schedule.bars.length })}
    >
      <defs>
        <pattern
          id="schedule-hatch"
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" className="bar-behavioural" />
          <line x1="0" y1="0" x2="0" y2="8" className="hatch-line" />
        </pattern>
      </defs>
      {schedule.axis.months.map((tick, index) => (
        <g key={tick.date}>
          <line x1={x(tick.x)} x2={x(tick.x)} y1={top - 8} y2={height} className="month-line" />
          <text x={x(tick.x) + 4} y={top - 12} className="axis-text">
            {month.format(new Date(`${tick.date}T00:00:00Z`))}
            {index === 0 || tick.date.endsWith('-01-01') ? ` ${year(tick.date)}` : ''}
          </text>
        </g>
      ))}
      {schedule.bars.map((bar, index) => {
        const y = top + index * rowHeight;
        return (
          <g key={bar.id}>
            <text
              x={labelWidth - 8}
              y={y + rowHeight / 2 + 5}
              textAnchor="end"
              className="bar-label"
            >
              {bar.title.length > 34 ? `${bar.title.slice(0, 33)}…` : bar.title}
            </text>
            <rect
              x={x(bar.x)}
              y={y + 6}
              width={Math.max(3, bar.width * plot)}
              height={rowHeight - 12}
              rx={4}
              className={bar.family === 'behavioural' ? 'bar bar-hatched' : 'bar bar-technical'}
            />
            <text
              x={Math.min(x(bar.x + bar.width) + 6, chartWidth - 4)}
              y={y + rowHeight / 2 + 5}
              textAnchor={x(bar.x + bar.width) + 120 > chartWidth ? 'end' : 'start'}
              className="bar-status"
            >
              {t(`training.modules.statusOption.${bar.status}`)}
            </text>
          </g>
        );
      })}
      {schedule.today !== null ? (
        <g className="today-marker">
          <line x1={x(schedule.today)} x2={x(schedule.today)} y1={top - 6} y2={height} />
          <text x={x(schedule.today) + 4} y={height - 4} className="marker-text">
            {t('training.schedule.today')}
          </text>
        </g>
      ) : null}
      {schedule.goLive !== null && goLiveDate ? (
        <g className="go-live-marker">
          <line x1={x(schedule.goLive)} x2={x(schedule.goLive)} y1={6} y2={height} />
          <text
            x={x(schedule.goLive) - 4}
            y={18}
            textAnchor={schedule.goLive > 0.5 ? 'end' : 'start'}
            className="marker-text"
          >
            {t('training.schedule.goLive', { date: formatDate(goLiveDate, i18n.language) })}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
