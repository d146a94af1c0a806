import { useIsMutating } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from '../components/ui/translation';
import { useUnsavedEdits } from '../core/write/save-tracker';

/**
 * One line in the header that says whether every change has reached the database. It counts the
 * writes on their way and every self-saving field's edit that is waiting for its save, so "All
 * changes saved" is only said when it is true; a failed save says "Not saved" until it is
 * stored.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const mutating = useIsMutating();
  const { pending, failed } = useUnsavedEdits();
  const unsaved = mutating + pending + failed > 0;
  // A debounced edit is already a draft that a reload replays; a write on its way or a failed one
  // is worth a question before leaving.
  const atRisk = mutating + failed > 0;

  useEffect(() => {
    if (!atRisk) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [atRisk]);

  const text =
    failed > 0 ? t('saving.retrying') : unsaved ? t('saving.saving') : t('saving.allSaved');
  return (
    <p
      className="save-status"
      role="status"
      data-pending={unsaved || undefined}
      data-failed={failed > 0 || undefined}
    >
      {text}
    </p>
  );
}
