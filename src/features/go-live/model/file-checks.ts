import type { ReportFileIssue, RoadmapRows } from '../../../core/stage-descriptor';

/** Rollouts point at channels of this file, one rollout per channel. */
export function checkGoLiveFile(rows: RoadmapRows, issue: ReportFileIssue): void {
  const channelIds = new Set(rows.channels.map((channel) => channel.id));
  const channelsWithRollout = new Set<string>();
  rows.rollouts.forEach((rollout, index) => {
    if (!channelIds.has(rollout.channelId))
      issue('validation.unknownReference', ['rollouts', index, 'channelId']);
    if (channelsWithRollout.has(rollout.channelId))
      issue('validation.duplicateRollout', ['rollouts', index, 'channelId']);
    channelsWithRollout.add(rollout.channelId);
  });
}
