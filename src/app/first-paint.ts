/**
 * The page's HTML carries a frame drawn at build time (the header and the library's heading and
 * actions, see prerender.ts), or the last page left as it was (page-snapshot.ts), shown before
 * the app's code runs. The app draws into #root, hidden
 * meanwhile; once its first page is drawn, this swaps the two in the same frame, so nothing
 * flashes or moves.
 */
export function releaseFirstPaint(): void {
  document.getElementById('first-paint')?.remove();
  document.documentElement.classList.remove('first-paint', 'first-paint-snapshot');
}

/** The placeholders a page shows while its data or code loads (stage-tools.tsx repeats it). */
const loadingPlaceholder = 'p[aria-busy="true"]';

/**
 * Swaps once the page in `root` has drawn what it was waiting for (no loading placeholder
 * left), or after `capMs` whatever it shows: until then the frame (or the last page's picture)
 * stays, instead of a blank page that would then fill in and move. The check runs after each
 * change the app makes, before the browser paints.
 */
export function releaseFirstPaintWhenSettled(root: HTMLElement, capMs = 2000): void {
  if (!document.getElementById('first-paint')) return;
  if (!root.querySelector(loadingPlaceholder)) {
    releaseFirstPaint();
    return;
  }
  const release = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    releaseFirstPaint();
  };
  const observer = new MutationObserver(() => {
    if (!root.querySelector(loadingPlaceholder)) release();
  });
  const timer = window.setTimeout(release, capMs);
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
}
