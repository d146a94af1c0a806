import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../components/ui/translation';
import { useToast } from '../../components/ui/toasts';
import { useProblemText } from '../../components/ui/use-problem-text';
import { describeStorageError } from '../../lib/storage-errors';
import { invalidateAfterWrite } from '../write/define-write';
import { latestStepId, undo } from '../write/history';

export interface RemoveMessages {
  /** "Live chat removed." */
  removed: string;
  /** "Live chat is back." */
  restored: string;
}

/**
 * Runs a removal (any declared write) and offers Undo in a toast for a few seconds. The toast's
 * Undo is the roadmap's own: it takes back that step, and only while it is still the latest one,
 * so it can never undo something else. A failure is reported in an error toast.
 */
export function useUndoableRemove(roadmapId: string) {
  const { t } = useTranslation();
  const toast = useToast();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const report = (error: unknown) =>
    toast({ tone: 'error', message: problemText(describeStorageError(error)) });

  return async (remove: () => Promise<unknown>, messages: RemoveMessages): Promise<boolean> => {
    try {
      await remove();
    } catch (error) {
      report(error);
      return false;
    }
    const stepId = await latestStepId(roadmapId);
    toast({
      message: messages.removed,
      duration: 8000,
      action: {
        label: t('history.undo'),
        onAction: () =>
          void undo(roadmapId, stepId ?? undefined)
            .then((label) => {
              toast({ message: label ? messages.restored : t('history.notLatest') });
              return invalidateAfterWrite(queryClient, roadmapId);
            })
            .catch(report),
      },
    });
    return true;
  };
}
