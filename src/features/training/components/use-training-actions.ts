import { useTranslation } from 'react-i18next';
import { useToast } from '../../../components/ui/toasts';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { describeStorageError } from '../../../lib/storage-errors';
import { useTrainingMutations, type TrainingMutations } from '../api/training-queries';

export interface TrainingActions {
  mutations: TrainingMutations;
  /** Shows a failed write as an error toast. */
  report: (error: unknown) => void;
  /**
   * Runs a removal and offers Undo for a few seconds. `restore` gets exactly what the removal
   * returned, so everything removed with the row comes back with it.
   */
  removeWithUndo: <T>(
    remove: () => Promise<T>,
    restore: (removed: T) => Promise<unknown>,
    messages: { removed: string; restored: string },
  ) => Promise<void>;
}

/** The stage's writes with their error reporting and Undo toasts, shared by every panel. */
export function useTrainingActions(roadmapId: string): TrainingActions {
  const { t } = useTranslation();
  const toast = useToast();
  const problemText = useProblemText();
  const mutations = useTrainingMutations(roadmapId);
  const report = (error: unknown) =>
    toast({ tone: 'error', message: problemText(describeStorageError(error)) });
  const removeWithUndo: TrainingActions['removeWithUndo'] = async (remove, restore, messages) => {
    try {
      const removed = await remove();
      toast({
        message: messages.removed,
        duration: 8000,
        action: {
          label: t('training.undo'),
          onAction: () =>
            void restore(removed)
              .then(() => toast({ message: messages.restored }))
              .catch(report),
        },
      });
    } catch (error) {
      report(error);
    }
  };
  return { mutations, report, removeWithUndo };
}
