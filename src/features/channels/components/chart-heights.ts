/*
 * Chart heights grow with the number of bars. They live apart from the charts so that a page can
 * keep the space for a chart before its (lazily loaded) code arrives.
 */
export const ideaEvidenceChartHeight = (bars: number) => Math.max(200, 56 * bars + 80);
/** In presenting mode a channel's name is 20 px and may wrap: each bar gets the room of two lines. */
export const savingsChartHeight = (bars: number, isPresenting = false) =>
  Math.max(200, (isPresenting ? 64 : 36) * bars + 64);
