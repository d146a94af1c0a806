/**
 * The positioning and theme charts (recharts, the stage's heaviest code). The stage starts this
 * load together with its data (`prefetch` in stage.ts), so the charts do not wait for the page
 * to render before they begin to download.
 */
export const loadStartingPointCharts = () => import('./starting-point-charts');
