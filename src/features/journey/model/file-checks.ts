import type { ReportFileIssue, RoadmapRows } from '../../../core/stage-descriptor';

/** Touchpoints point at phases, channels and KPIs of this file. */
export function checkJourneyFile(rows: RoadmapRows, issue: ReportFileIssue): void {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((row) => row.id));
  const channelIds = ids(rows.channels);
  const kpiIds = ids(rows.kpis);
  const phaseIds = ids(rows.journeyPhases);
  rows.touchpoints.forEach((touchpoint, index) => {
    if (!phaseIds.has(touchpoint.phaseId))
      issue('validation.unknownReference', ['touchpoints', index, 'phaseId']);
    if (touchpoint.channelId !== null && !channelIds.has(touchpoint.channelId))
      issue('validation.unknownReference', ['touchpoints', index, 'channelId']);
    if (touchpoint.kpiId !== null && !kpiIds.has(touchpoint.kpiId))
      issue('validation.unknownReference', ['touchpoints', index, 'kpiId']);
  });
}
