import { stageSlugs, type StageSlug } from '../../../lib/stages';
import type { Channel, Demographics, Survey } from '../../channels/model/channel';
import { isChannelsStageComplete } from '../../channels/model/evidence';
import { isGoalComplete, type Goal } from '../../goals/model/goal';
import { isGoLiveStageComplete, type GoLivePlan } from '../../go-live/model/go-live';
import { isTrainingStageComplete, trainingReadiness } from '../../training/model/readiness';
import type {
  Competency,
  CompetencyLevel,
  TrainingModule,
  TrainingPerson,
  TrainingRole,
} from '../../training/model/training';
import {
  isJourneyStageComplete,
  type JourneyPhase,
  type Touchpoint,
} from '../../journey/model/journey';
import { isKpisStageComplete, type Kpi, type Measurement } from '../../kpis/model/kpi';
import { isStartingPointComplete } from '../../starting-point/model/scoring';
import type { Score, Subject } from '../../starting-point/model/starting-point';
import type { StageNote } from '../../../core/stage-note';
import type { StageProgress, StageStatus } from '../../../core/roadmap';

/** The rows a stage's status is computed from. Stage issues add their own tables here. */
export interface StageEvidence {
  notes: readonly StageNote[];
  subjects: readonly Subject[];
  scores: readonly Score[];
  goals: readonly Goal[];
  channels: readonly Channel[];
  demographics: readonly Demographics[];
  surveys: readonly Survey[];
  kpis: readonly Kpi[];
  measurements: readonly Measurement[];
  journeyPhases: readonly JourneyPhase[];
  touchpoints: readonly Touchpoint[];
  trainingRoles: readonly TrainingRole[];
  trainingPeople: readonly TrainingPerson[];
  competencies: readonly Competency[];
  competencyLevels: readonly CompetencyLevel[];
  trainingModules: readonly TrainingModule[];
  goLivePlans: readonly GoLivePlan[];
}

function hasNotes(stage: StageSlug, notes: readonly StageNote[]): boolean {
  return notes.some((note) => note.stage === stage && note.text.trim() !== '');
}

/**
 * "Done" follows each stage's completion rule; "in progress" means the team has put anything
 * into the stage. Stages whose tools are not built yet can only be in progress (notes).
 */
export function stageStatusFromEvidence(
  stage: StageSlug,
  evidence: Partial<StageEvidence>,
): StageStatus {
  const notes = evidence.notes ?? [];
  switch (stage) {
    case 'starting-point': {
      const subjects = evidence.subjects ?? [];
      const scores = evidence.scores ?? [];
      if (isStartingPointComplete(subjects, scores)) return 'done';
      const started =
        scores.length > 0 || subjects.some((subject) => subject.kind === 'competitor');
      return started || hasNotes(stage, notes) ? 'in-progress' : 'not-started';
    }
    case 'goals': {
      const goals = evidence.goals ?? [];
      if (goals.some(isGoalComplete)) return 'done';
      return goals.length > 0 || hasNotes(stage, notes) ? 'in-progress' : 'not-started';
    }
    case 'channels': {
      const channels = evidence.channels ?? [];
      const demographics = evidence.demographics?.[0];
      const survey = evidence.surveys?.[0];
      if (isChannelsStageComplete(channels, demographics, survey)) return 'done';
      const started = channels.length > 0 || demographics !== undefined || survey !== undefined;
      return started || hasNotes(stage, notes) ? 'in-progress' : 'not-started';
    }
    case 'kpis': {
      const kpis = evidence.kpis ?? [];
      if (isKpisStageComplete(evidence.goals ?? [], kpis)) return 'done';
      const started = kpis.length > 0 || (evidence.measurements ?? []).length > 0;
      return started || hasNotes(stage, notes) ? 'in-progress' : 'not-started';
    }
    case 'journey': {
      const phases = evidence.journeyPhases ?? [];
      const touchpoints = evidence.touchpoints ?? [];
      if (isJourneyStageComplete(phases, touchpoints)) return 'done';
      return phases.length > 0 || hasNotes(stage, notes) ? 'in-progress' : 'not-started';
    }
    case 'training': {
      const roles = evidence.trainingRoles ?? [];
      const levels = evidence.competencyLevels ?? [];
      const readiness = trainingReadiness({
        roles,
        people: evidence.trainingPeople ?? [],
        competencies: evidence.competencies ?? [],
        levels,
        modules: evidence.trainingModules ?? [],
      });
      if (isTrainingStageComplete(roles, levels, readiness)) return 'done';
      const started =
        roles.length > 0 ||
        (evidence.competencies ?? []).length > 0 ||
        (evidence.trainingModules ?? []).length > 0;
      return started || hasNotes(stage, notes) ? 'in-progress' : 'not-started';
    }
    case 'go-live': {
      const plan = evidence.goLivePlans?.[0];
      if (isGoLiveStageComplete(plan)) return 'done';
      return plan !== undefined || hasNotes(stage, notes) ? 'in-progress' : 'not-started';
    }
    default:
      return hasNotes(stage, notes) ? 'in-progress' : 'not-started';
  }
}

export function computeRoadmapProgress(evidence: StageEvidence): StageProgress {
  const progress: StageProgress = {};
  for (const stage of stageSlugs) {
    const status = stageStatusFromEvidence(stage, evidence);
    if (status !== 'not-started') progress[stage] = status;
  }
  return progress;
}
