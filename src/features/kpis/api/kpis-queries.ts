import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateStageWrite } from '../../../core/invalidate-stage-write';
import type { KpiFields, Measurement } from '../model/kpi';
import type { MeasurementInput, RemovedKpi } from './kpis-repository';

const repository = () => import('./kpis-repository');

/** KPI queries sit under the roadmap's rows, so a change from another tab refreshes them too. */
export const kpiQueries = {
  all: (roadmapId: string) => ['roadmaps', 'rows', roadmapId, 'kpis'] as const,
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

/** Stage-4 writes; each refreshes every row of the roadmap and its progress. */
export function useKpiMutations(roadmapId: string) {
  const queryClient = useQueryClient();
  const onSettled = () =>
    // Deleting a KPI also unlinks touchpoints of stage 5: refresh every row of the roadmap.
    invalidateStageWrite(queryClient, roadmapId);
  return {
    createKpi: useMutation({
      mutationFn: async (fields: KpiFields) => (await repository()).createKpi(roadmapId, fields),
      onSettled,
    }),
    updateKpi: useMutation({
      mutationFn: async ({ kpiId, fields }: { kpiId: string; fields: KpiFields }) =>
        (await repository()).updateKpi(roadmapId, kpiId, fields),
      onSettled,
    }),
    deleteKpi: useMutation({
      mutationFn: async (kpiId: string) => (await repository()).deleteKpi(roadmapId, kpiId),
      onSettled,
    }),
    restoreKpi: useMutation({
      mutationFn: async (removed: RemovedKpi) => (await repository()).restoreKpi(removed),
      onSettled,
    }),
    addMeasurement: useMutation({
      mutationFn: async ({ kpiId, input }: { kpiId: string; input: MeasurementInput }) =>
        (await repository()).addMeasurement(roadmapId, kpiId, input),
      onSettled,
    }),
    updateMeasurement: useMutation({
      mutationFn: async ({ id, input }: { id: string; input: MeasurementInput }) =>
        (await repository()).updateMeasurement(roadmapId, id, input),
      onSettled,
    }),
    deleteMeasurement: useMutation({
      mutationFn: async (id: string) => (await repository()).deleteMeasurement(roadmapId, id),
      onSettled,
    }),
    restoreMeasurement: useMutation({
      mutationFn: async (measurement: Measurement) =>
        (await repository()).restoreMeasurement(measurement),
      onSettled,
    }),
    importMeasurements: useMutation({
      mutationFn: async ({ kpiId, values }: { kpiId: string; values: MeasurementInput[] }) =>
        (await repository()).importMeasurements(roadmapId, kpiId, values),
      onSettled,
    }),
  };
}
