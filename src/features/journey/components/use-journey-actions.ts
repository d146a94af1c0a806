import { useCallback } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useToast } from '../../../components/ui/toasts';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { useStableCallback } from '../../../components/ui/use-stable-callback';
import { useUndoableRemove } from '../../../core/kit/use-undoable-remove';
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
  const removeWithUndo = useUndoableRemove(roadmapId);
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
    deletePhase: useStableCallback((phase: JourneyPhase) =>
      removeWithUndo(() => mutations.deletePhase.mutateAsync(phase.id), {
        removed: t('journey.phaseDeleted', { phase: phase.name }),
        restored: t('journey.phaseRestored', { phase: phase.name }),
      }),
    ),
    deleteTouchpoint: useStableCallback((touchpoint: Touchpoint) =>
      removeWithUndo(() => mutations.deleteTouchpoint.mutateAsync(touchpoint.id), {
        removed: t('journey.touchpoints.deleted', { name: touchpoint.description }),
        restored: t('journey.touchpoints.restored', { name: touchpoint.description }),
      }),
    ),
  };
}

export type JourneyActions = ReturnType<typeof useJourneyActions>;
