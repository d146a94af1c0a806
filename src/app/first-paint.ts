/**
 * The page's HTML carries a frame drawn at build time (the header and the library's heading and
 * actions, see prerender.ts), shown before any script runs. The app draws into #root, hidden
 * meanwhile; once its first page is drawn, this swaps the two in the same frame, so nothing
 * flashes or moves.
 */
export function releaseFirstPaint(): void {
  document.getElementById('first-paint')?.remove();
  document.documentElement.classList.remove('first-paint');
}
