import type { ChannelKey } from '../../../lib/channel-catalogue';
import type { SampleContext } from '../../../core/sample-context';
import { monthEnd } from '../../../lib/calendar';
import type { Kpi, KpiCatalogKey, KpiDirection, Measurement, MeasurementFrequency } from './kpi';

/** Sample texts for stage 4, from the language catalog (`sampleKpis`). */
export interface SampleKpiTexts {
  kpis: { name: string; definition: string; unit: string; source: string; owner: string }[];
}

interface SampleKpiShape {
  catalogKey: KpiCatalogKey;
  direction: KpiDirection;
  frequency: MeasurementFrequency;
  /** Indexes of the sample goals (fewer calls, social media same day, lower cost). */
  goals: number[];
  channels: ChannelKey[];
  baseline: number;
  target: number;
  /** Target date, in months after the latest value's month. */
  targetMonths: number;
  /** Progress along the path reached by the latest value (0 = baseline, 1 = target). */
  progress: number;
  /** Months between the latest value and last month: above 1 the measurement is overdue. */
  lastValueMonthsAgo: number;
  decimals: number;
}

/*
 * The story: a year ago the airline started measuring. Twelve monthly values later, calls,
 * cost, satisfaction, first-contact resolution and the help pages are on track; self-service
 * is behind (at risk), social media answers are stuck far from the target (off track), and
 * the NPS survey stopped four months ago (measurement overdue). Values sit on the last day of
 * each month, so "last month" is never older than a monthly frequency allows.
 */
const shapes: SampleKpiShape[] = [
  {
    catalogKey: 'contacts-per-channel',
    direction: 'lower',
    frequency: 'monthly',
    goals: [0],
    channels: ['phone'],
    baseline: 38_000,
    target: 29_000,
    targetMonths: 6,
    progress: 0.7,
    lastValueMonthsAgo: 1,
    decimals: -1,
  },
  {
    catalogKey: 'deflection',
    direction: 'higher',
    frequency: 'monthly',
    goals: [0],
    channels: ['faq', 'knowledge-base'],
    baseline: 12,
    target: 35,
    targetMonths: 6,
    progress: 0.45,
    lastValueMonthsAgo: 1,
    decimals: 1,
  },
  {
    catalogKey: 'cost-per-contact',
    direction: 'lower',
    frequency: 'monthly',
    goals: [2],
    channels: [],
    baseline: 4.8,
    target: 3.9,
    targetMonths: 12,
    progress: 0.56,
    lastValueMonthsAgo: 1,
    decimals: 2,
  },
  {
    catalogKey: 'first-response-time',
    direction: 'lower',
    frequency: 'monthly',
    goals: [1],
    channels: ['social'],
    baseline: 30,
    target: 6,
    targetMonths: 5,
    progress: 0.22,
    lastValueMonthsAgo: 1,
    decimals: 1,
  },
  {
    catalogKey: 'csat',
    direction: 'higher',
    frequency: 'monthly',
    goals: [1],
    channels: ['phone', 'email', 'social'],
    baseline: 72,
    target: 82,
    targetMonths: 12,
    progress: 0.6,
    lastValueMonthsAgo: 1,
    decimals: 1,
  },
  {
    catalogKey: 'first-contact-resolution',
    direction: 'higher',
    frequency: 'monthly',
    goals: [0, 2],
    channels: ['phone', 'email'],
    baseline: 68,
    target: 78,
    targetMonths: 12,
    progress: 0.52,
    lastValueMonthsAgo: 1,
    decimals: 1,
  },
  {
    catalogKey: 'nps',
    direction: 'higher',
    frequency: 'monthly',
    goals: [1],
    channels: [],
    baseline: 12,
    target: 25,
    targetMonths: 12,
    progress: 0.5,
    lastValueMonthsAgo: 4,
    decimals: 0,
  },
  {
    catalogKey: 'helpful-share',
    direction: 'higher',
    frequency: 'monthly',
    goals: [0],
    channels: ['faq', 'knowledge-base'],
    baseline: 58,
    target: 75,
    targetMonths: 6,
    progress: 0.72,
    lastValueMonthsAgo: 1,
    decimals: 1,
  },
];

/** Rounds to `decimals` places; a negative count rounds to tens, hundreds... */
const round = (value: number, decimals: number) =>
  decimals >= 0
    ? Math.round(value * 10 ** decimals) / 10 ** decimals
    : Math.round(value / 10 ** -decimals) * 10 ** -decimals;

/** Stage 4 of the sample roadmap: 8 KPIs for its goals with a year of monthly values. */
export function sampleKpiRows(
  context: SampleContext,
  texts: SampleKpiTexts,
): { kpis: Kpi[]; measurements: Measurement[] } {
  const kpis: Kpi[] = [];
  const measurements: Measurement[] = [];
  const lastMonth = monthEnd(context.today, -1);
  shapes.forEach((shape, index) => {
    const text = texts.kpis[index];
    if (!text) return;
    const last = 1 - shape.lastValueMonthsAgo;
    // The plan started with the baseline, the month before the first of the twelve values.
    const baselineDate = monthEnd(lastMonth, last - 12);
    const kpi: Kpi = {
      ...context.row(`kpi-${index}`),
      catalogKey: shape.catalogKey,
      name: text.name,
      definition: text.definition,
      unit: text.unit,
      direction: shape.direction,
      goalIds: shape.goals.flatMap((goal) => context.goals[goal]?.id ?? []),
      channelIds: shape.channels
        .map((key) => `sample-channel-${key}`)
        .filter((id) => context.channels.some((channel) => channel.id === id)),
      baseline: shape.baseline,
      baselineDate,
      target: shape.target,
      targetDate: monthEnd(lastMonth, shape.targetMonths),
      frequency: shape.frequency,
      source: text.source,
      owner: text.owner,
      position: index,
    };
    kpis.push(kpi);
    for (let month = 1; month <= 12; month += 1) {
      // A steady climb with a small monthly wobble that fades out at the latest value.
      const share = month / 12;
      const wobble = Math.sin(month * 1.7 + index) * 0.06 * (1 - share);
      const progress = shape.progress * share ** 0.9 + wobble;
      measurements.push({
        ...context.row(`kpi-${index}-value-${month}`),
        kpiId: kpi.id,
        date: monthEnd(lastMonth, last - (12 - month)),
        value: round(shape.baseline + (shape.target - shape.baseline) * progress, shape.decimals),
        note: '',
      });
    }
  });
  return { kpis, measurements };
}
