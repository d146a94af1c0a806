import { useTranslation } from '../../../components/ui/translation';
import { useToast } from '../../../components/ui/toasts';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { useUndoableRemove } from '../../../core/kit/use-undoable-remove';
import { describeStorageError } from '../../../lib/storage-errors';
import { useGoLiveMutations, type GoLiveMutations } from '../api/go-live-queries';
import type { ReadinessItem } from '../model/go-live';

export interface GoLiveActions {
  roadmapId: string;
  mutations: GoLiveMutations;
  /** Shows a failed write as an error toast. */
  report: (error: unknown) => void;
  /** Removes an own checklist item and offers Undo for a few seconds. */
  removeItem: (item: ReadinessItem) => Promise<void>;
}

/** The stage's writes with their error reporting and Undo toast, shared by every panel. */
export function useGoLiveActions(roadmapId: string): GoLiveActions {
  const { t } = useTranslation();
  const toast = useToast();
  const problemText = useProblemText();
  const mutations = useGoLiveMutations(roadmapId);
  const removeWithUndo = useUndoableRemove(roadmapId);
  const report = (error: unknown) =>
    toast({ tone: 'error', message: problemText(describeStorageError(error)) });
  const removeItem = async (item: ReadinessItem) => {
    await removeWithUndo(() => mutations.removeOwnItem.mutateAsync(item.id), {
      removed: t('goLive.checklist.removed', { label: item.label }),
      restored: t('goLive.checklist.restored', { label: item.label }),
    });
  };
  return { roadmapId, mutations, report, removeItem };
}
