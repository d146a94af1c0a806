import type { ReactNode } from 'react';
import { useTranslation } from '../components/ui/translation';
import { Link } from 'react-router';
import { ErrorBoundary } from './error-boundary';

/**
 * Shown when a route cannot render at all. The usual cause in a static app is a code file that
 * no longer exists because a new version was deployed: a reload fetches the new version. Stored
 * data is never affected.
 */
function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main" className="storage-problem">
      <h1>{t('app.routeErrorTitle')}</h1>
      <p>{t('app.routeErrorBody')}</p>
      <div className="toolbar">
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.location.reload()}
        >
          {t('app.reload')}
        </button>
        <Link to="/" reloadDocument className="button">
          {t('app.backToLibrary')}
        </Link>
      </div>
    </main>
  );
}

/** Catches what a page throws while rendering (or loading its code) and shows RouteError instead. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary what="Route failed" fallback={() => <RouteError />}>
      {children}
    </ErrorBoundary>
  );
}
