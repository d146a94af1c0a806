import { useIsMutating } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One line in the header that says whether every change has reached the database. Every write
 * goes through a mutation, so "nothing pending" means everything typed or clicked is stored.
 * While a write is still on its way, leaving or reloading the page asks first: the browser would
 * otherwise abort the write with the page.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const pending = useIsMutating();

  useEffect(() => {
    if (pending === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pending]);

  return (
    <p className="save-status" role="status" data-pending={pending > 0 || undefined}>
      {pending > 0 ? t('saving.saving') : t('saving.allSaved')}
    </p>
  );
}
