/*
 * Chart heights grow with the number of bars. They live apart from the charts so that a page can
 * keep the space for a chart before its (lazily loaded) code arrives.
 */
export const ideaEvidenceChartHeight = (bars: number) => Math.max(200, 56 * bars + 80);
export const savingsChartHeight = (bars: number) => Math.max(200, 36 * bars + 64);
