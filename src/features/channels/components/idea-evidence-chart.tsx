import { useTranslation } from '../../../components/ui/translation';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { roomChartTextSize, useIsPresenting } from '../../../components/ui/use-presenting-class';
import { contradictThreshold, supportThreshold } from '../model/evidence';
import { ideaEvidenceChartHeight } from './chart-heights';

export interface IdeaEvidenceChartProps {
  /** One bar group per candidate or planned channel; null where that evidence is missing. */
  bars: readonly { name: string; survey: number | null; expected: number | null }[];
}

/** Only draws: the numbers come from evidenceRows, and the table beside it shows them all. */
export default function IdeaEvidenceChart({ bars }: IdeaEvidenceChartProps) {
  const { t } = useTranslation();
  // recharts measures and wraps the channel names: it must know the size they are drawn at.
  const isPresenting = useIsPresenting();
  const text = isPresenting
    ? { tick: roomChartTextSize, name: roomChartTextSize, nameWidth: 220 }
    : { tick: 14, name: 15, nameWidth: 150 };
  const hasSurvey = bars.some((bar) => bar.survey !== null);
  const hasExpected = bars.some((bar) => bar.expected !== null);
  return (
    <div aria-hidden="true" className="idea-evidence-chart">
      <ResponsiveContainer width="100%" height={ideaEvidenceChartHeight(bars.length)}>
        <BarChart
          accessibilityLayer={false}
          data={[...bars]}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="2 4" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, (max: number) => Math.min(100, Math.max(50, Math.ceil(max / 10) * 10))]}
            unit="%"
            tick={{ fontSize: text.tick }}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={text.nameWidth}
            tick={{ fontSize: text.name }}
          />
          <Legend wrapperStyle={{ fontSize: text.name }} />
          <ReferenceLine x={supportThreshold} stroke="#1d6b3a" strokeDasharray="6 3" />
          <ReferenceLine x={contradictThreshold} stroke="#a32222" strokeDasharray="2 3" />
          {hasSurvey ? (
            <Bar
              dataKey="survey"
              name={t('channels.evidence.surveySeries')}
              fill="#0f3d5e"
              isAnimationActive={false}
            />
          ) : null}
          {hasExpected ? (
            <Bar
              dataKey="expected"
              name={t('channels.evidence.expectedSeries')}
              fill="#9bb3c7"
              isAnimationActive={false}
            />
          ) : null}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
