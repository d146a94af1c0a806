import type { Kpi, MeasurementFrequency } from './kpi';
import { daysBetween } from '../../../lib/calendar';

/*
 * How a KPI's status is decided (the UI says the same in one sentence under the dashboard):
 * - The plan is a straight path from the baseline (on its date, or the day the KPI was created)
 *   to the target on the target date.
 * - Progress is how far the latest value has come along that path (0 = baseline, 1 = target),
 *   read in the KPI's direction, so a falling cost is progress when lower is better.
 * - Expected progress is the share of the planned time gone by at the latest value's date.
 * - On track: progress is at least the expected progress minus 10% of the path.
 *   At risk: short by up to 25% of the path. Off track: short by more.
 * - Measurement overdue: the latest value is older than its frequency allows (with some grace),
 *   whatever its path status, because an old number says nothing about today.
 */
export const onTrackTolerance = 0.1;
export const atRiskTolerance = 0.25;

/** Days a value stays current: the period plus a little grace for late reports. */
export const allowedAgeDays: Record<MeasurementFrequency, number> = {
  daily: 2,
  weekly: 10,
  monthly: 35,
  quarterly: 100,
};

/** When baseline and target are equal ("hold the level"), the band is this share of the target. */
export const holdTolerance = 0.05;

export type PathStatus = 'on-track' | 'at-risk' | 'off-track';
export type KpiStatus = PathStatus | 'overdue' | 'no-data' | 'no-target';

export interface LatestValue {
  date: string;
  value: number;
}

export interface KpiStatusResult {
  status: KpiStatus;
  /** The status along the path, also when the value is overdue (null without a full plan). */
  pathStatus: PathStatus | null;
  /** Where the path says the KPI should be on the latest value's date. */
  expectedValue: number | null;
  /** 0 at the baseline, 1 at the target (may go beyond either end). */
  progress: number | null;
  expectedProgress: number | null;
  /** Days since the latest value. */
  ageDays: number | null;
}

export type KpiPlan = Pick<
  Kpi,
  'baseline' | 'baselineDate' | 'target' | 'targetDate' | 'direction' | 'frequency' | 'createdAt'
>;

/** The day the path starts: the baseline's date, or the day the KPI was added. */
export function pathStart(kpi: Pick<Kpi, 'baselineDate' | 'createdAt'>): string {
  return kpi.baselineDate ?? kpi.createdAt.slice(0, 10);
}

/** The value the straight path from baseline to target gives on a date (clamped at both ends). */
export function expectedValueOn(kpi: KpiPlan, date: string): number | null {
  if (kpi.baseline === null || kpi.target === null || kpi.targetDate === null) return null;
  return kpi.baseline + (kpi.target - kpi.baseline) * elapsedShare(kpi, date);
}

function elapsedShare(kpi: KpiPlan, date: string): number {
  if (kpi.targetDate === null) return 0;
  const total = daysBetween(pathStart(kpi), kpi.targetDate);
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, daysBetween(pathStart(kpi), date) / total));
}

function pathStatusOf(shortfall: number): PathStatus {
  if (shortfall <= onTrackTolerance) return 'on-track';
  if (shortfall <= atRiskTolerance) return 'at-risk';
  return 'off-track';
}

/** The status of a KPI from its plan, its latest value and today (all calendar days). */
export function kpiStatus(
  kpi: KpiPlan,
  latest: LatestValue | null,
  today: string,
): KpiStatusResult {
  const empty = { pathStatus: null, expectedValue: null, progress: null, expectedProgress: null };
  if (!latest) return { status: 'no-data', ...empty, ageDays: null };
  const ageDays = daysBetween(latest.date, today);
  const isOverdue = ageDays > allowedAgeDays[kpi.frequency];
  const { baseline, target } = kpi;
  if (baseline === null || target === null || kpi.targetDate === null)
    return { status: isOverdue ? 'overdue' : 'no-target', ...empty, ageDays };

  const better = kpi.direction === 'higher' ? 1 : -1;
  const expectedProgress = elapsedShare(kpi, latest.date);
  const expectedValue = baseline + (target - baseline) * expectedProgress;
  const gain = (target - baseline) * better;
  let progress: number;
  let pathStatus: PathStatus;
  if (gain > 0) {
    progress = ((latest.value - baseline) * better) / gain;
    pathStatus = pathStatusOf(expectedProgress - progress);
  } else {
    // Holding a level (or a target on the wrong side): judge the value against the target alone.
    const scale = Math.abs(target) || 1;
    const shortfall = ((target - latest.value) * better) / scale;
    progress = shortfall <= 0 ? 1 : 1 - shortfall;
    pathStatus = shortfall <= 0 ? 'on-track' : shortfall <= holdTolerance ? 'at-risk' : 'off-track';
  }
  return {
    status: isOverdue ? 'overdue' : pathStatus,
    pathStatus,
    expectedValue,
    progress,
    expectedProgress,
    ageDays,
  };
}
