/**
 * The bars by theme (recharts, the stage's heaviest code). The stage starts this load together
 * with its data (`prefetch` in stage.ts), so the chart does not wait for the page to render
 * before it begins to download.
 */
export const loadThemeBarsDrawing = () => import('./theme-bars-drawing');
