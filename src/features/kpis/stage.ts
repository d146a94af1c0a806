import { defineStage, loadOnce, progressRule } from '../../core/stage-descriptor';
import { checkKpisFile } from './model/file-checks';
import {
  isKpisStageComplete,
  kpiSchema,
  measurementSchema,
  type Kpi,
  type Measurement,
} from './model/kpi';

/** Kept once loaded: pressing the step then starts its read at once (see loadOnce). */
const queries = loadOnce(() => import('./api/kpis-queries'));

declare module '../../core/stage-descriptor' {
  interface StageRowTypes {
    kpis: Kpi;
    measurements: Measurement;
  }
}

/** Stage 4: the KPIs that measure the goals, and their measured values over time. */
export const kpisStage = defineStage({
  slug: 'kpis',
  tables: {
    kpis: { schema: kpiSchema, indexes: 'id, roadmapId', maxRows: 100, sinceFileVersion: 4 },
    // A KPI has one value per date, so a second one on the same date is refused.
    measurements: {
      schema: measurementSchema,
      // A value a week for each of 100 KPIs over ten years; charts draw a sample of long series.
      maxRows: 50_000,
      indexes: 'id, roadmapId, kpiId, &[kpiId+date]',
      sinceFileVersion: 4,
    },
  },
  progress: progressRule({
    // Done when every goal has a KPI, so it also reads the goals; of the values only whether
    // any exists matters.
    reads: { goals: 'all', kpis: 'all', measurements: 'any' },
    status: ({ goals, kpis, measurements }) => {
      if (isKpisStageComplete(goals, kpis)) return 'done';
      return kpis.length > 0 || measurements.length > 0 ? 'in-progress' : 'not-started';
    },
  }),
  checkFile: checkKpisFile,
  // The map shows each KPI's newest value, which its reader takes from the `[kpiId+date]` index.
  mapTables: ['kpis'],
  writes: queries,
  screen: () => import('./components/kpis-stage').then((module) => module.KpisStage),
  reads: () => queries().then((module) => module.repository()),
  prefetch: (queryClient, roadmapId) => [
    queries().then((module) => queryClient.prefetchQuery(module.kpiQueries.dashboard(roadmapId))),
  ],
});
