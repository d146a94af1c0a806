import { useEffect, useId } from 'react';
import { useTranslation } from '../components/ui/translation';
import type { TFunction } from 'i18next';
import { useToast } from '../components/ui/toasts';
import { useStableCallback } from '../components/ui/use-stable-callback';
import { useHistory } from '../core/write/use-history';
import type { HistoryLabel } from '../core/write/undo-step';
import { isStageSlug } from '../lib/stages';
import { isQuotaError } from '../lib/storage-errors';

/** "the edit in Goals", "removing “Live chat”": what a step was, in the UI language. */
export function describeStep(label: HistoryLabel, t: TFunction): string {
  const stage = isStageSlug(label.stage) ? t(`stages.${label.stage}.title`) : t('history.roadmap');
  return label.name
    ? t(`history.action.${label.action}Named`, { name: label.name })
    : t(`history.action.${label.action}`, { stage });
}

/** Typing keeps the field's own undo; everywhere else Ctrl+Z belongs to the roadmap. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
    target.type,
  );
}

/**
 * The roadmap's Undo and Redo, in its header: every edit of every stage is one step, the journal
 * survives moving between stages and reloads. Ctrl+Z and Ctrl+Shift+Z (Cmd on a Mac; Ctrl+Y too)
 * work anywhere outside a text field.
 */
export function HistoryControls({ roadmapId }: { roadmapId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const id = useId();
  const { nextUndo, nextRedo, undo, redo } = useHistory(roadmapId);

  const run = (direction: 'undo' | 'redo') => {
    const mutation = direction === 'undo' ? undo : redo;
    if (mutation.isPending) return;
    mutation.mutate(undefined, {
      onSuccess: (label) => {
        if (!label) return;
        const what = describeStep(label, t);
        toast({ message: t(direction === 'undo' ? 'history.undone' : 'history.redone', { what }) });
      },
      onError: (error) => {
        const detail = isQuotaError(error)
          ? t('storage.quota')
          : error instanceof Error
            ? error.message
            : String(error);
        toast({ tone: 'error', message: t('history.failed', { detail }) });
      },
    });
  };
  const runStable = useStableCallback(run);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        runStable(event.shiftKey ? 'redo' : 'undo');
      } else if (key === 'y' && !event.shiftKey) {
        event.preventDefault();
        runStable('redo');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [runStable]);

  const undoText = nextUndo
    ? t('history.undoWhat', { what: describeStep(nextUndo, t) })
    : t('history.nothingToUndo');
  const redoText = nextRedo
    ? t('history.redoWhat', { what: describeStep(nextRedo, t) })
    : t('history.nothingToRedo');
  return (
    <div className="history-controls" role="group" aria-label={t('history.undo')}>
      <button
        type="button"
        className="button"
        disabled={!nextUndo}
        title={undoText}
        aria-describedby={`${id}-undo`}
        onClick={() => run('undo')}
      >
        {/* An icon in the crowded header; the word is its name, the title says what it takes back. */}
        <span aria-hidden="true">↶</span>
        <span className="visually-hidden">{t('history.undo')}</span>
      </button>
      <span id={`${id}-undo`} className="visually-hidden">
        {undoText}
      </span>
      <button
        type="button"
        className="button"
        disabled={!nextRedo}
        title={redoText}
        aria-describedby={`${id}-redo`}
        onClick={() => run('redo')}
      >
        {/* An icon in the crowded header; the word is its name, the title says what it takes back. */}
        <span aria-hidden="true">↷</span>
        <span className="visually-hidden">{t('history.redo')}</span>
      </button>
      <span id={`${id}-redo`} className="visually-hidden">
        {redoText}
      </span>
    </div>
  );
}
