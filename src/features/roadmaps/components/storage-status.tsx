import { useEffect, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { readRemembered, remember } from '../../../lib/remembered';

export type Persistence = 'persistent' | 'not-persistent' | 'unknown';

/** The last answer, so the line does not change length (and move the buttons) on every visit. */
const rememberedKey = 'rotta.storage-persistence';
function rememberedPersistence(): Persistence | null {
  const value = readRemembered(rememberedKey);
  return value === 'persistent' || value === 'not-persistent' ? value : null;
}

/**
 * Asks the browser to keep Rotta's data even when disk space runs low, and says whether it
 * agreed: null while the first answer is awaited (a later visit starts from the last answer).
 * Without persistence the only safe copy is a backup file.
 */
export function useStoragePersistence(): Persistence | null {
  const [persistence, setPersistence] = useState<Persistence | null>(() =>
    typeof navigator.storage?.persisted === 'function' ? rememberedPersistence() : 'unknown',
  );
  useEffect(() => {
    let cancelled = false;
    const storage = navigator.storage;
    if (!storage?.persisted) return;
    void (async () => {
      try {
        const granted = (await storage.persisted()) || (await storage.persist());
        const answer = granted ? 'persistent' : 'not-persistent';
        remember(rememberedKey, answer);
        if (!cancelled) setPersistence(answer);
      } catch {
        if (!cancelled) setPersistence('unknown');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return persistence;
}

export function StorageStatus({ persistence }: { persistence: Persistence }) {
  const { t } = useTranslation();
  const message =
    persistence === 'persistent'
      ? t('storage.persistent')
      : persistence === 'not-persistent'
        ? t('storage.notPersistent')
        : t('storage.unknown');
  return (
    <p className={`storage-status storage-${persistence}`} data-persistence={persistence}>
      {message}
    </p>
  );
}
