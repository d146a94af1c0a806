import { checkDotVotes } from '../../../core/dot-votes';
import type { ReportFileIssue, RoadmapRows } from '../../../core/stage-descriptor';

/** The room's dots are on goals of this file. */
export function checkGoalsFile(rows: RoadmapRows, report: ReportFileIssue): void {
  const goalIds = new Set(rows.goals.map((goal) => goal.id));
  checkDotVotes('goalVotes', rows.goalVotes, goalIds, report);
}
