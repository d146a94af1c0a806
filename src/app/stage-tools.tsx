import { lazy, Suspense, type ReactNode } from 'react';
import type { StageSlug } from '../lib/stages';

/*
 * Where the stage features meet: each built stage's tools, loaded on first visit. Stages not
 * listed here show the "on their way" message and their notes.
 */
const StartingPointStage = lazy(() =>
  import('../features/starting-point/components/starting-point-stage').then((module) => ({
    default: module.StartingPointStage,
  })),
);
const GoalsStage = lazy(() =>
  import('../features/goals/components/goals-stage').then((module) => ({
    default: module.GoalsStage,
  })),
);
const ChannelsStage = lazy(() =>
  import('../features/channels/components/channels-stage').then((module) => ({
    default: module.ChannelsStage,
  })),
);
const StartingPointGaps = lazy(() =>
  import('../features/starting-point/components/starting-point-gaps').then((module) => ({
    default: module.StartingPointGaps,
  })),
);

export function stageTools(stage: StageSlug, roadmapId: string): ReactNode | undefined {
  const frame = (tools: ReactNode) => (
    <Suspense fallback={<p className="loading-inline" aria-busy="true" />}>{tools}</Suspense>
  );
  switch (stage) {
    case 'starting-point':
      return frame(<StartingPointStage roadmapId={roadmapId} />);
    case 'goals':
      // Goals are set against the starting point, so its gaps are shown on top.
      return frame(
        <GoalsStage roadmapId={roadmapId} context={<StartingPointGaps roadmapId={roadmapId} />} />,
      );
    case 'channels':
      return frame(<ChannelsStage roadmapId={roadmapId} />);
    default:
      return undefined;
  }
}
