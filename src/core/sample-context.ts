import type { StageRowTypes } from './stage-descriptor';

/** What each stage's part of the sample roadmap is built from: the rows of earlier stages. */
export interface SampleContext {
  /** The common fields of a row with this id suffix (ids stay stable across sample loads). */
  row: (id: string) => { id: string; roadmapId: string; createdAt: string; updatedAt: string };
  /** The day the sample is built, as `YYYY-MM-DD`; the workshop was two weeks before. */
  today: string;
  workshop: string;
  goals: readonly StageRowTypes['goals'][];
  channels: readonly StageRowTypes['channels'][];
}
