import type { SampleContext } from '../../roadmaps/model/sample-context';
import type { Kpi, Measurement } from './kpi';

/** Sample texts for stage 4, from the language catalog (`sampleKpis`). */
export type SampleKpiTexts = Record<string, unknown>;

/** Stage 4 of the sample roadmap: KPIs for its goals with a year of monthly values. */
export function sampleKpiRows(
  _context: SampleContext,
  _texts: SampleKpiTexts,
): { kpis: Kpi[]; measurements: Measurement[] } {
  return { kpis: [], measurements: [] };
}
