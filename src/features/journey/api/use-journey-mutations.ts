import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateStageWrite } from '../../../core/invalidate-stage-write';
import type { Touchpoint, TouchpointFields } from '../model/journey';
import { movePhase, moveTouchpoint } from '../model/reorder';
import { journeyQueries } from './journey-queries';
import type { JourneyData, PhaseChanges, RemovedPhase } from './journey-repository';

const repository = () => import('./journey-repository');

/** Stage-5 writes; each refreshes the journey and the roadmap's progress in the library. */
export function useJourneyMutations(roadmapId: string) {
  const queryClient = useQueryClient();
  const key = journeyQueries.all(roadmapId);
  const onSettled = () => invalidateStageWrite(queryClient, roadmapId, key);

  /**
   * A moved card or column stays where it was dropped while the write runs; without this it
   * would jump back for a frame until the re-read arrives. A failed write puts the old order back.
   */
  const optimistic = (change: (data: JourneyData) => JourneyData) => async () => {
    await queryClient.cancelQueries({ queryKey: key });
    const previous = queryClient.getQueryData<JourneyData>(key);
    if (previous) queryClient.setQueryData<JourneyData>(key, change(previous));
    return { previous };
  };
  const rollback = (_error: unknown, _input: unknown, context?: { previous?: JourneyData }) => {
    if (context?.previous) queryClient.setQueryData(key, context.previous);
  };
  const sortTouchpoints = (data: JourneyData, touchpoints: Touchpoint[]): Touchpoint[] => {
    const order = new Map(data.phases.map((phase) => [phase.id, phase.position]));
    return [...touchpoints].sort(
      (a, b) =>
        (order.get(a.phaseId) ?? 0) - (order.get(b.phaseId) ?? 0) || a.position - b.position,
    );
  };

  return {
    addPhase: useMutation({
      mutationFn: async (name: string) => (await repository()).addPhase(roadmapId, name),
      onSettled,
    }),
    applyTemplate: useMutation({
      mutationFn: async (names: string[]) => (await repository()).applyTemplate(roadmapId, names),
      onSettled,
    }),
    updatePhase: useMutation({
      mutationFn: async ({ phaseId, changes }: { phaseId: string; changes: PhaseChanges }) =>
        (await repository()).updatePhase(roadmapId, phaseId, changes),
      onSettled,
    }),
    reorderPhase: useMutation({
      mutationFn: async ({ phaseId, toIndex }: { phaseId: string; toIndex: number }) =>
        (await repository()).reorderPhase(roadmapId, phaseId, toIndex),
      onMutate: ({ phaseId, toIndex }) =>
        optimistic((data) => {
          const phases = movePhase(data.phases, phaseId, toIndex);
          return {
            ...data,
            phases,
            touchpoints: sortTouchpoints({ ...data, phases }, data.touchpoints),
          };
        })(),
      onError: rollback,
      onSettled,
    }),
    deletePhase: useMutation({
      mutationFn: async (phaseId: string) => (await repository()).deletePhase(roadmapId, phaseId),
      onSettled,
    }),
    restorePhase: useMutation({
      mutationFn: async (removed: RemovedPhase) =>
        (await repository()).restorePhase(roadmapId, removed),
      onSettled,
    }),
    addTouchpoint: useMutation({
      mutationFn: async ({ phaseId, fields }: { phaseId: string; fields: TouchpointFields }) =>
        (await repository()).addTouchpoint(roadmapId, phaseId, fields),
      onSettled,
    }),
    updateTouchpoint: useMutation({
      mutationFn: async ({
        touchpointId,
        fields,
      }: {
        touchpointId: string;
        fields: TouchpointFields;
      }) => (await repository()).updateTouchpoint(roadmapId, touchpointId, fields),
      onSettled,
    }),
    reorderTouchpoint: useMutation({
      mutationFn: async (move: { touchpointId: string; toPhaseId: string; toIndex: number }) =>
        (await repository()).reorderTouchpoint(
          roadmapId,
          move.touchpointId,
          move.toPhaseId,
          move.toIndex,
        ),
      onMutate: ({ touchpointId, toPhaseId, toIndex }) =>
        optimistic((data) => ({
          ...data,
          touchpoints: sortTouchpoints(
            data,
            moveTouchpoint(data.touchpoints, touchpointId, toPhaseId, toIndex),
          ),
        }))(),
      onError: rollback,
      onSettled,
    }),
    deleteTouchpoint: useMutation({
      mutationFn: async (touchpointId: string) =>
        (await repository()).deleteTouchpoint(roadmapId, touchpointId),
      onSettled,
    }),
    restoreTouchpoint: useMutation({
      mutationFn: async (removed: Touchpoint) =>
        (await repository()).restoreTouchpoint(roadmapId, removed),
      onSettled,
    }),
  };
}
