import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../components/ui/translation';
import { loadStages } from '../core/stage-registry';
import { hasDraftsWaiting } from '../core/write/draft-journal';
import { releaseFirstPaint } from './first-paint';

type GateState = 'opening' | 'open' | 'unavailable' | 'blocked';

/**
 * Opens the database next to the first paint (the data layer loads as its own chunk). When
 * IndexedDB is missing or refused the user gets an explanation instead of a blank page; when
 * another tab holds an older version open, or upgrades the database underneath this one, the
 * user is told what to do.
 */
export function StorageGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [state, setState] = useState<GateState>('opening');
  const [upgradedElsewhere, setUpgradedElsewhere] = useState(false);
  // Edits typed just before a reload or a crash are stored before any page reads its rows, so
  // the first page shows them. With none waiting, as on nearly every start, the pages render
  // while the database opens.
  const [draftsWaiting] = useState(hasDraftsWaiting);

  useEffect(() => {
    let cleanup = () => {};
    let cancelled = false;
    void (async () => {
      try {
        const { db, syncQueriesWithStorage, drafts, loadWriteModules, errors } =
          await import('./storage-start');
        if (cancelled) return;
        const onBlocked = () => setState((current) => (current === 'open' ? current : 'blocked'));
        const onVersionChange = () => {
          // Close so the other tab's upgrade can go ahead; this tab must reload to use it.
          db.close();
          setUpgradedElsewhere(true);
          return false;
        };
        db.on('blocked', onBlocked);
        db.on('versionchange', onVersionChange);
        /** Stores the edits no open tab is looking after, and has the pages read them. */
        const storeOrphanDrafts = async () => {
          if (drafts.readDrafts().length > 0) await loadStages();
          const replayed = await drafts.replayDrafts(
            loadWriteModules,
            (error) => errors.isQuotaError(error) || errors.isStorageUnavailableError(error),
          );
          // Route loaders may have read the rows before the drafts went in: read them again.
          if (replayed.stored > 0) await queryClient.invalidateQueries();
        };
        const stopSync = syncQueriesWithStorage(queryClient);
        let stopWatchingTabs = () => {};
        cleanup = () => {
          stopSync();
          stopWatchingTabs();
          db.on('blocked').unsubscribe(onBlocked);
          db.on('versionchange').unsubscribe(onVersionChange);
        };
        await db.open();
        // Edits typed just before a reload, a closed tab or a crash are stored before anything
        // is shown, so every page reads them.
        await storeOrphanDrafts();
        if (cancelled) return;
        // A tab closed before its last edit was saved leaves it to a tab still open.
        stopWatchingTabs = drafts.whenTabsWithDraftsClose(() => {
          storeOrphanDrafts().catch((error: unknown) =>
            console.error('Edits left by a closed tab could not be stored', error),
          );
        });
        setState('open');
      } catch (error) {
        console.error('Rotta could not open its database', error);
        if (!cancelled) setState('unavailable');
      }
    })();
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [queryClient]);

  const hasProblem = state === 'unavailable' || state === 'blocked';
  // The explanation replaces the prerendered frame: no page will.
  useLayoutEffect(() => {
    if (hasProblem) releaseFirstPaint();
  }, [hasProblem]);

  if (hasProblem) {
    const key = state === 'unavailable' ? 'unavailable' : 'blocked';
    return (
      <main className="storage-problem" id="main">
        <h1>{t(`storage.${key}Title`)}</h1>
        <p>{t(`storage.${key}Body`)}</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.location.reload()}
        >
          {t('app.reload')}
        </button>
      </main>
    );
  }
  return (
    <>
      {upgradedElsewhere ? (
        <div role="alert" className="banner banner-warning">
          <span>{t('storage.upgradedElsewhere')}</span>
          <button
            type="button"
            className="button button-light"
            onClick={() => window.location.reload()}
          >
            {t('app.reload')}
          </button>
        </div>
      ) : null}
      {state === 'open' || !draftsWaiting ? children : null}
    </>
  );
}
