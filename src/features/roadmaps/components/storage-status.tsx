import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Persistence = 'persistent' | 'not-persistent' | 'unknown';

/**
 * Asks the browser to keep Rotta's data even when disk space runs low, and says whether it
 * agreed. Without persistence the only safe copy is a backup file.
 */
export function StorageStatus() {
  const { t } = useTranslation();
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  useEffect(() => {
    let cancelled = false;
    const storage = navigator.storage;
    if (!storage?.persisted) return;
    void (async () => {
      try {
        const granted = (await storage.persisted()) || (await storage.persist());
        if (!cancelled) setPersistence(granted ? 'persistent' : 'not-persistent');
      } catch {
        if (!cancelled) setPersistence('unknown');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);
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
