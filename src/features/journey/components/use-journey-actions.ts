import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../components/ui/toasts';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { useStableCallback } from '../../../components/ui/use-stable-callback';
import { describeStorageError } from '../../../lib/storage-errors';
import { useJourneyMutations } from '../api/use-journey-mutations';
import type { JourneyPhase, Touchpoint } from '../model/journey';

/**
 * The map's commands with their messages: moves, deletes with Undo, and one way of reporting a
 * failed write. Handlers keep one identity, so memoised cards are not repainted by a parent.
 */
export function useJourneyActions(roadmapId: string) {
  const { t } = useTranslation();
  const toast = useToast();
  const problemText = useProblemText();
  const mutations = useJourneyMutations(roadmapId);
  const report = useCallback(
    (error: unknown) => toast({ tone: 'error', message: problemText(describeStorageError(error)) }),
    [toast, problemText],
  );

  return {
    mutations,
    report,
    movePhase: useStableCallback((phaseId: string, toIndex: number) =>
      mutations.reorderPhase.mutateAsync({ phaseId, toIndex }).catch(report),
    ),
    moveTouchpoint: useStableCallback((touchpointId: string, toPhaseId: string, toIndex: number) =>
      mutations.reorderTouchpoint.mutateAsync({ touchpointId, toPhaseId, toIndex }).catch(report),
    ),
    deletePhase: useStableCallback(async (phase: JourneyPhase) => {
      try {
        const removed = await mutations.deletePhase.mutateAsync(phase.id);
        toast({
          message: t('journey.phaseDeleted', { phase: phase.name }),
          action: {
            label: t('journey.undo'),
            onAction: () =>
              void mutations.restorePhase
                .mutateAsync(removed)
                .then(() => toast({ message: t('journey.phaseRestored', { phase: phase.name }) }))
                .catch(report),
          },
        });
      } catch (error) {
        report(error);
      }
    }),
    deleteTouchpoint: useStableCallback(async (touchpoint: Touchpoint) => {
      const name = touchpoint.description;
      try {
        const removed = await mutations.deleteTouchpoint.mutateAsync(touchpoint.id);
        toast({
          message: t('journey.touchpoints.deleted', { name }),
          action: {
            label: t('journey.undo'),
            onAction: () =>
              void mutations.restoreTouchpoint
                .mutateAsync(removed)
                .then(() => toast({ message: t('journey.touchpoints.restored', { name }) }))
                .catch(report),
          },
        });
      } catch (error) {
        report(error);
      }
    }),
  };
}

export type JourneyActions = ReturnType<typeof useJourneyActions>;
