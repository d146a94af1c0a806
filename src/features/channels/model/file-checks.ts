import { checkDotVotes } from '../../../core/dot-votes';
import type { ReportFileIssue, RoadmapRows } from '../../../core/stage-descriptor';

/** Survey answers, planned shifts and the room's dots point at channels of this roadmap. */
export function checkChannelsFile(rows: RoadmapRows, report: ReportFileIssue): void {
  const channelIds = new Set(rows.channels.map((channel) => channel.id));
  const issue = (path: (string | number)[]) => report('validation.unknownReference', path);
  rows.surveys.forEach((survey, surveyIndex) =>
    survey.answers.forEach((answer, index) => {
      if (!channelIds.has(answer.channelId))
        issue(['surveys', surveyIndex, 'answers', index, 'channelId']);
    }),
  );
  rows.savingsPlans.forEach((plan, planIndex) =>
    plan.shifts.forEach((shift, index) => {
      if (!channelIds.has(shift.fromChannelId))
        issue(['savingsPlans', planIndex, 'shifts', index, 'fromChannelId']);
      if (!channelIds.has(shift.toChannelId))
        issue(['savingsPlans', planIndex, 'shifts', index, 'toChannelId']);
    }),
  );
  checkDotVotes('channelVotes', rows.channelVotes, channelIds, report);
}
