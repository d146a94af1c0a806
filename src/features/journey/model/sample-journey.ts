import type { SampleContext } from '../../roadmaps/model/sample-context';
import type { Kpi } from '../../kpis/model/kpi';
import type { JourneyPhase, Touchpoint } from './journey';

/** Sample texts for stage 5, from the language catalog (`sampleJourney`). */
export type SampleJourneyTexts = Record<string, unknown>;

/** Stage 5 of the sample roadmap: a six-phase journey with touchpoints and emotions. */
export function sampleJourneyRows(
  _context: SampleContext,
  _kpis: readonly Kpi[],
  _texts: SampleJourneyTexts,
): { journeyPhases: JourneyPhase[]; touchpoints: Touchpoint[] } {
  return { journeyPhases: [], touchpoints: [] };
}
