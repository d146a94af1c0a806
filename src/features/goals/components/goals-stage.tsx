import type { ReactNode } from 'react';

export interface GoalsStageProps {
  roadmapId: string;
  /** Shown above the goals: the starting point's gaps, composed in by the app. */
  context?: ReactNode;
}

/** Stage 2: goals and timelines. (Being built.) */
export function GoalsStage({ context }: GoalsStageProps) {
  return <div className="goals-stage">{context}</div>;
}
