import { useTranslation } from 'react-i18next';
import { useToast } from '../../../components/ui/toasts';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { describeStorageError } from '../../../lib/storage-errors';
import { useGoLiveMutations, type GoLiveMutations } from '../api/go-live-queries';
import type { ReadinessItem } from '../model/go-live';

export interface GoLiveActions {
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
  const report = (error: unknown) =>
    toast({ tone: 'error', message: problemText(describeStorageError(error)) });
  const removeItem = async (item: ReadinessItem) => {
    try {
      const removed = await mutations.removeOwnItem.mutateAsync(item.id);
      toast({
        message: t('goLive.checklist.removed', { label: removed.label }),
        duration: 8000,
        action: {
          label: t('library.undo'),
          onAction: () => void mutations.restoreOwnItem.mutateAsync(removed).catch(report),
        },
      });
    } catch (error) {
      report(error);
    }
  };
  return { mutations, report, removeItem };
}
