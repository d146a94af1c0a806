import './lib/zod-config';
import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { AfterPageLoad } from './app/after-page-load';
import { App } from './app/app';
import { releaseFirstPaint } from './app/first-paint';
import { preloadFirstRoute } from './app/router';
import { registerStageCatalogs } from './app/i18n/stage-catalogs';
import { TranslationProvider } from './components/ui/translation';
import { initI18n } from './i18n/i18n';
import './styles/global.css';

/*
 * The service worker (and the offline copy it downloads) registers a few seconds after the page
 * has loaded, with its code: the first visit's network and main thread go to what it shows.
 */
// Its code may fail to load (the network or the room server away at that moment): the page then
// simply goes without the offline copy this visit, rather than showing the route's error page.
const UpdatePrompt = lazy(() =>
  import('./app/update-prompt')
    .then((module) => ({ default: module.UpdatePrompt }))
    .catch(() => ({ default: () => null })),
);
const serviceWorkerDelayMs = 5000;

registerStageCatalogs();
// Control characters pasted into any text field become spaces before the field reads them. The
// cleaner is not needed to draw, so it comes as a file of its own, asked for first: it is here
// long before the language catalog and the page's code, so before any field is drawn.
import('./components/ui/typed-text')
  .then(({ installTypedTextCleaner }) => installTypedTextCleaner())
  .catch(() => undefined);
// The first page's code and the data layer load alongside the catalog for the user's language.
const languageReady = initI18n();
// A promise, not a top-level await: the bundler turns its chunk merging off for a module graph
// with top-level await, and the app then came as 191 files, 80 of them under 1 KB.
void Promise.all([preloadFirstRoute(window.location.pathname, languageReady), languageReady]).then(
  start,
);

/** Draws the app once the first page's code and the language catalog are here. */
function start() {
  // The first page replaces the prerendered frame once drawn; should it never come, the app's
  // own frame (and whatever it says) shows anyway.
  window.setTimeout(releaseFirstPaint, 8000);

  const root = document.getElementById('root');
  if (!root) throw new Error('No #root in index.html');
  // The page as it is left shows at once next time (first-paint.js), for this build only. Its code
  // is not needed before the page is left, so it loads after the first render.
  const build = document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '';
  window.setTimeout(() => {
    import('./app/page-snapshot')
      .then(({ keepPageSnapshot }) => keepPageSnapshot(root, build))
      .catch(() => undefined);
  }, 0);
  const reactRoot = createRoot(root);
  // As a transition, the first render yields to the browser every few milliseconds instead of
  // holding the main thread until the whole page is drawn: a stage's first render is long.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <TranslationProvider>
          <App
            updatePrompt={
              <AfterPageLoad delayMs={serviceWorkerDelayMs}>
                <Suspense fallback={null}>
                  <UpdatePrompt />
                </Suspense>
              </AfterPageLoad>
            }
          />
        </TranslationProvider>
      </StrictMode>,
    ),
  );
}
