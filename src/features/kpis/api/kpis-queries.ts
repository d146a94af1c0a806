import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../core/query-keys';
import { defineWrite, fieldEditKey, useWrite } from '../../../core/write/define-write';
import type { KpiFields } from '../model/kpi';
import type { MeasurementInput } from './kpis-repository';
import { loadOnce } from '../../../core/stage-descriptor';

/** The code that reads and writes the stage's rows, kept once loaded (see loadOnce). */
export const repository = loadOnce(() => import('./kpis-repository'));

/** KPI queries sit under the roadmap's rows, so a change from another tab refreshes them too. */
export const kpiQueries = {
  all: (roadmapId: string) => queryKeys.stage(roadmapId, 'kpis'),
  dashboard: (roadmapId: string) =>
    queryOptions({
      queryKey: [...kpiQueries.all(roadmapId), 'dashboard'],
      queryFn: async () => (await repository()).getKpisDashboard(roadmapId),
    }),
  measurements: (roadmapId: string, kpiId: string) =>
    queryOptions({
      queryKey: [...kpiQueries.all(roadmapId), 'measurements', kpiId],
      queryFn: async () => (await repository()).getMeasurements(kpiId),
    }),
};

export const createKpiWrite = defineWrite({
  name: 'kpis.create',
  load: repository,
  write: (repo, roadmapId, fields: KpiFields) => repo.createKpi(roadmapId, fields),
  label: (fields) => ({ action: 'add', stage: 'kpis', name: fields.name }),
});

export interface KpiPatch {
  kpiId: string;
  /** Only the fields the user changed: another tab's edit of the other fields is kept. */
  fields: Partial<KpiFields>;
}

export const updateKpiWrite = defineWrite({
  name: 'kpis.update',
  load: repository,
  write: (repo, roadmapId, { kpiId, fields }: KpiPatch) => repo.updateKpi(roadmapId, kpiId, fields),
  label: (_patch, kpi) => ({ action: 'edit', stage: 'kpis', name: kpi.name }),
  coalesce: ({ kpiId, fields }) => fieldEditKey('kpis.update', kpiId, fields),
});

/** Takes the KPI's values and its touchpoint links with it; one Undo brings all of it back. */
export const deleteKpiWrite = defineWrite({
  name: 'kpis.delete',
  load: repository,
  write: (repo, roadmapId, kpiId: string) => repo.deleteKpi(roadmapId, kpiId),
  label: (_kpiId, removed) => ({ action: 'remove', stage: 'kpis', name: removed.kpi.name }),
});

export const addMeasurementWrite = defineWrite({
  name: 'kpis.addMeasurement',
  load: repository,
  write: (repo, roadmapId, { kpiId, input }: { kpiId: string; input: MeasurementInput }) =>
    repo.addMeasurement(roadmapId, kpiId, input),
  label: () => ({ action: 'add', stage: 'kpis' }),
});

export interface MeasurementPatch {
  id: string;
  /** Only what the user changed in the row (its date, its value). */
  input: Partial<MeasurementInput>;
}

export const updateMeasurementWrite = defineWrite({
  name: 'kpis.updateMeasurement',
  load: repository,
  write: (repo, roadmapId, { id, input }: MeasurementPatch) =>
    repo.updateMeasurement(roadmapId, id, input),
  label: () => ({ action: 'edit', stage: 'kpis' }),
  coalesce: ({ id, input }) => fieldEditKey('kpis.updateMeasurement', id, input),
});

export const deleteMeasurementWrite = defineWrite({
  name: 'kpis.deleteMeasurement',
  load: repository,
  write: (repo, roadmapId, id: string) => repo.deleteMeasurement(roadmapId, id),
  label: () => ({ action: 'remove', stage: 'kpis' }),
});

export const importMeasurementsWrite = defineWrite({
  name: 'kpis.importMeasurements',
  load: repository,
  write: (repo, roadmapId, { kpiId, values }: { kpiId: string; values: MeasurementInput[] }) =>
    repo.importMeasurements(roadmapId, kpiId, values),
  label: () => ({ action: 'import', stage: 'kpis' }),
});

/** Stage-4 writes; each is one undo step and refreshes every row of the roadmap once. */
export function useKpiMutations(roadmapId: string) {
  return {
    createKpi: useWrite(createKpiWrite, roadmapId),
    updateKpi: useWrite(updateKpiWrite, roadmapId),
    deleteKpi: useWrite(deleteKpiWrite, roadmapId),
    addMeasurement: useWrite(addMeasurementWrite, roadmapId),
    updateMeasurement: useWrite(updateMeasurementWrite, roadmapId),
    deleteMeasurement: useWrite(deleteMeasurementWrite, roadmapId),
    importMeasurements: useWrite(importMeasurementsWrite, roadmapId),
  };
}
