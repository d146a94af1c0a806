import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

/**
 * Shown when a route cannot render at all. The usual cause in a static app is a code file that
 * no longer exists because a new version was deployed: a reload fetches the new version. Stored
 * data is never affected.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error('Route failed', error);
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
