import type { TrainingReadiness } from './readiness';
import type { TrainingModule } from './training';

export interface TrainingWarnings {
  /** Role and competency pairs with a gap that no module teaches. */
  uncoveredGaps: { roleId: string; competencyId: string; holders: number }[];
  /** Modules exist, but none of them is behavioural: the method asks for both kinds. */
  hasNoBehaviouralModule: boolean;
  /** Modules ending after the go-live date (stage 7). */
  endingAfterGoLive: Pick<TrainingModule, 'id' | 'title' | 'endDate'>[];
}

/** The stage's checks, from the readiness result, the modules and the go-live date. */
export function trainingWarnings(
  readiness: Pick<TrainingReadiness, 'gaps'>,
  modules: readonly Pick<TrainingModule, 'id' | 'title' | 'family' | 'endDate'>[],
  goLiveDate: string | null,
): TrainingWarnings {
  return {
    uncoveredGaps: readiness.gaps
      .filter((gap) => !gap.covered)
      .map(({ roleId, competencyId, holders }) => ({ roleId, competencyId, holders })),
    hasNoBehaviouralModule:
      modules.length > 0 && !modules.some((module) => module.family === 'behavioural'),
    endingAfterGoLive:
      goLiveDate === null
        ? []
        : modules
            .filter((module) => module.endDate !== null && module.endDate > goLiveDate)
            .map(({ id, title, endDate }) => ({ id, title, endDate })),
  };
}
