import { useToast } from '../../../components/ui/toasts';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { useUndoableRemove, type RemoveMessages } from '../../../core/kit/use-undoable-remove';
import { describeStorageError } from '../../../lib/storage-errors';
import { useTrainingMutations, type TrainingMutations } from '../api/training-queries';

export interface TrainingActions {
  roadmapId: string;
  mutations: TrainingMutations;
  /** Shows a failed write as an error toast. */
  report: (error: unknown) => void;
  /**
   * Runs a removal and offers Undo for a few seconds: the roadmap's own undo, so everything
   * removed with the row comes back with it.
   */
  removeWithUndo: (remove: () => Promise<unknown>, messages: RemoveMessages) => Promise<boolean>;
}

/** The stage's writes with their error reporting and Undo toasts, shared by every panel. */
export function useTrainingActions(roadmapId: string): TrainingActions {
  const toast = useToast();
  const problemText = useProblemText();
  const mutations = useTrainingMutations(roadmapId);
  const removeWithUndo = useUndoableRemove(roadmapId);
  const report = (error: unknown) =>
    toast({ tone: 'error', message: problemText(describeStorageError(error)) });
  return { roadmapId, mutations, report, removeWithUndo };
}
