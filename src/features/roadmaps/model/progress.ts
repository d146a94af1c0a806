import { stageSlugs, type StageSlug } from '../../../lib/stages';
import type { StageNote } from '../../stages/model/stage-note';
import type { StageProgress, StageStatus } from './roadmap';

/** The rows a stage's status is computed from. Stage issues add their own tables here. */
export interface StageEvidence {
  notes: readonly StageNote[];
}

/**
 * A stage is in progress as soon as the team has written anything for it. "Done" needs the
 * stage's own completion rule, which each stage defines once its tools exist.
 */
export function stageStatusFromEvidence(stage: StageSlug, evidence: StageEvidence): StageStatus {
  const hasNotes = evidence.notes.some((note) => note.stage === stage && note.text.trim() !== '');
  return hasNotes ? 'in-progress' : 'not-started';
}

export function computeRoadmapProgress(evidence: StageEvidence): StageProgress {
  const progress: StageProgress = {};
  for (const stage of stageSlugs) {
    const status = stageStatusFromEvidence(stage, evidence);
    if (status !== 'not-started') progress[stage] = status;
  }
  return progress;
}

export function countDoneStages(progress: StageProgress): number {
  return stageSlugs.filter((stage) => stage !== 'strategy-map' && progress[stage] === 'done')
    .length;
}
