import type { ReportFileIssue, RoadmapRows } from '../../../core/stage-descriptor';
import { isoDay } from '../../../lib/dates';

/**
 * KPIs point at goals and channels of this file; values at KPIs, one per KPI and date, none dated
 * in the future.
 */
export function checkKpisFile(rows: RoadmapRows, issue: ReportFileIssue): void {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((row) => row.id));
  const goalIds = ids(rows.goals);
  const channelIds = ids(rows.channels);
  const kpiIds = ids(rows.kpis);
  rows.kpis.forEach((kpi, index) => {
    kpi.goalIds.forEach((id, at) => {
      if (!goalIds.has(id)) issue('validation.unknownReference', ['kpis', index, 'goalIds', at]);
    });
    kpi.channelIds.forEach((id, at) => {
      if (!channelIds.has(id))
        issue('validation.unknownReference', ['kpis', index, 'channelIds', at]);
    });
  });
  // The app logs a value once it was measured; a day of slack for a file made in another time zone.
  const latestDay = isoDay(new Date(Date.now() + 86_400_000));
  const valueDates = new Set<string>();
  rows.measurements.forEach((measurement, index) => {
    if (!kpiIds.has(measurement.kpiId))
      issue('validation.unknownReference', ['measurements', index, 'kpiId']);
    const key = `${measurement.kpiId}|${measurement.date}`;
    if (valueDates.has(key)) issue('validation.duplicateMeasurement', ['measurements', index]);
    valueDates.add(key);
    if (measurement.date > latestDay)
      issue('validation.futureMeasurement', ['measurements', index, 'date']);
  });
}
