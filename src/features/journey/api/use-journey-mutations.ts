import {
  defineWrite,
  fieldEditKey,
  useWrite,
  type Optimistic,
} from '../../../core/write/define-write';
import type { Touchpoint, TouchpointFields } from '../model/journey';
import { movePhase, moveTouchpoint } from '../model/reorder';
import { journeyQueries, repository } from './journey-queries';
import type { JourneyData, PhaseChanges } from './journey-repository';

export const addPhaseWrite = defineWrite({
  name: 'journey.addPhase',
  load: repository,
  write: (repo, roadmapId, name: string) => repo.addPhase(roadmapId, name),
  label: (name) => ({ action: 'add', stage: 'journey', name }),
});

export const applyTemplateWrite = defineWrite({
  name: 'journey.applyTemplate',
  load: repository,
  write: (repo, roadmapId, names: string[]) => repo.applyTemplate(roadmapId, names),
  label: () => ({ action: 'fill', stage: 'journey' }),
});

export interface PhasePatch {
  phaseId: string;
  /** Only what the user changed: one lane text, the name or the emotion. */
  changes: PhaseChanges;
}

/** The phase's fields (and lanes) a change touches: typing one of them is one undo step. */
const changedKeys = (changes: PhaseChanges) =>
  [
    ...Object.entries(changes)
      .filter(([key, value]) => key !== 'lanes' && value !== undefined)
      .map(([key]) => key),
    ...Object.keys(changes.lanes ?? {}).map((lane) => `lanes.${lane}`),
  ]
    .sort()
    .join();

export const updatePhaseWrite = defineWrite({
  name: 'journey.updatePhase',
  load: repository,
  write: (repo, roadmapId, { phaseId, changes }: PhasePatch) =>
    repo.updatePhase(roadmapId, phaseId, changes),
  label: (_patch, phase) => ({ action: 'edit', stage: 'journey', name: phase.name }),
  coalesce: ({ phaseId, changes }) => `journey.updatePhase:${phaseId}:${changedKeys(changes)}`,
});

export const reorderPhaseWrite = defineWrite({
  name: 'journey.reorderPhase',
  load: repository,
  write: (repo, roadmapId, { phaseId, toIndex }: { phaseId: string; toIndex: number }) =>
    repo.reorderPhase(roadmapId, phaseId, toIndex),
  label: () => ({ action: 'move', stage: 'journey' }),
});

/** Takes the phase's touchpoints with it; one Undo brings the column back whole. */
export const deletePhaseWrite = defineWrite({
  name: 'journey.deletePhase',
  load: repository,
  write: (repo, roadmapId, phaseId: string) => repo.deletePhase(roadmapId, phaseId),
  label: (_phaseId, removed) => ({ action: 'remove', stage: 'journey', name: removed.phase.name }),
});

export const addTouchpointWrite = defineWrite({
  name: 'journey.addTouchpoint',
  load: repository,
  write: (repo, roadmapId, { phaseId, fields }: { phaseId: string; fields: TouchpointFields }) =>
    repo.addTouchpoint(roadmapId, phaseId, fields),
  label: ({ fields }) => ({ action: 'add', stage: 'journey', name: fields.description }),
});

export interface TouchpointPatch {
  touchpointId: string;
  /** Only the fields the user changed: another tab's edit of the other fields is kept. */
  fields: Partial<TouchpointFields>;
}

export const updateTouchpointWrite = defineWrite({
  name: 'journey.updateTouchpoint',
  load: repository,
  write: (repo, roadmapId, { touchpointId, fields }: TouchpointPatch) =>
    repo.updateTouchpoint(roadmapId, touchpointId, fields),
  label: (_patch, touchpoint) => ({
    action: 'edit',
    stage: 'journey',
    name: touchpoint.description,
  }),
  coalesce: ({ touchpointId, fields }) =>
    fieldEditKey('journey.updateTouchpoint', touchpointId, fields),
});

export interface TouchpointMove {
  touchpointId: string;
  toPhaseId: string;
  toIndex: number;
}

export const reorderTouchpointWrite = defineWrite({
  name: 'journey.reorderTouchpoint',
  load: repository,
  write: (repo, roadmapId, move: TouchpointMove) =>
    repo.reorderTouchpoint(roadmapId, move.touchpointId, move.toPhaseId, move.toIndex),
  label: () => ({ action: 'move', stage: 'journey' }),
});

export const deleteTouchpointWrite = defineWrite({
  name: 'journey.deleteTouchpoint',
  load: repository,
  write: (repo, roadmapId, touchpointId: string) => repo.deleteTouchpoint(roadmapId, touchpointId),
  label: (_id, removed) => ({ action: 'remove', stage: 'journey', name: removed.description }),
});

const sortTouchpoints = (data: JourneyData, touchpoints: Touchpoint[]): Touchpoint[] => {
  const order = new Map(data.phases.map((phase) => [phase.id, phase.position]));
  return [...touchpoints].sort(
    (a, b) => (order.get(a.phaseId) ?? 0) - (order.get(b.phaseId) ?? 0) || a.position - b.position,
  );
};

/**
 * A moved card or column stays where it was dropped while the write runs; without this it
 * would jump back for a frame until the re-read arrives. A failed write puts the old order back.
 */
const shownAt = <Args>(
  roadmapId: string,
  change: (data: JourneyData, args: Args) => JourneyData,
): Optimistic<Args> => ({
  queryKey: journeyQueries.all(roadmapId),
  update: (data, args) => change(data as JourneyData, args),
});

/** Stage-5 writes; each is one undo step and refreshes the roadmap's rows once. */
export function useJourneyMutations(roadmapId: string) {
  return {
    addPhase: useWrite(addPhaseWrite, roadmapId),
    applyTemplate: useWrite(applyTemplateWrite, roadmapId),
    updatePhase: useWrite(updatePhaseWrite, roadmapId),
    reorderPhase: useWrite(
      reorderPhaseWrite,
      roadmapId,
      shownAt(roadmapId, (data, { phaseId, toIndex }) => {
        const phases = movePhase(data.phases, phaseId, toIndex);
        return {
          ...data,
          phases,
          touchpoints: sortTouchpoints({ ...data, phases }, data.touchpoints),
        };
      }),
    ),
    deletePhase: useWrite(deletePhaseWrite, roadmapId),
    addTouchpoint: useWrite(addTouchpointWrite, roadmapId),
    updateTouchpoint: useWrite(updateTouchpointWrite, roadmapId),
    reorderTouchpoint: useWrite(
      reorderTouchpointWrite,
      roadmapId,
      shownAt(roadmapId, (data, { touchpointId, toPhaseId, toIndex }: TouchpointMove) => ({
        ...data,
        touchpoints: sortTouchpoints(
          data,
          moveTouchpoint(data.touchpoints, touchpointId, toPhaseId, toIndex),
        ),
      })),
    ),
    deleteTouchpoint: useWrite(deleteTouchpointWrite, roadmapId),
  };
}
