import type { SampleTexts } from './sample-roadmap';

/** The catalog sections the sample roadmap is written from. */
type SampleSection =
  | 'sample'
  | 'sampleKpis'
  | 'sampleJourney'
  | 'sampleTraining'
  | 'competencyCatalog'
  | 'sampleGoLive';

/**
 * Gathers the sample's texts: each stage keeps its sample texts next to its own strings. `read`
 * returns a catalog section, from i18next in the app or from a catalog object in tests.
 */
export function sampleTextsFrom(read: (section: SampleSection) => unknown): SampleTexts {
  const section = <T>(key: SampleSection) => read(key) as T;
  return {
    ...section<Omit<SampleTexts, 'kpis' | 'journey' | 'training' | 'goLive'>>('sample'),
    kpis: section('sampleKpis'),
    journey: section('sampleJourney'),
    training: {
      ...section<Omit<SampleTexts['training'], 'competencies'>>('sampleTraining'),
      competencies: section('competencyCatalog'),
    },
    goLive: section('sampleGoLive'),
  };
}
