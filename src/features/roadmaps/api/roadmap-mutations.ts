import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoadmapFields } from '../../../core/roadmap';
import type { BackupFile, RoadmapBundle, RoadmapFile } from '../../../core/file/roadmap-file';
import { invalidateAfterWrite } from '../../../core/write/invalidate';
import { roadmapQueries } from './roadmap-queries';
import { loadStages } from '../../../core/stage-registry';

/** The repository walks the stages' tables, so their list is loaded with it. */
const repository = () =>
  Promise.all([import('./roadmaps-repository'), loadStages()]).then(([module]) => module);

function useInvalidateRoadmaps() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: roadmapQueries.all() });
}

export function useCreateRoadmap() {
  const invalidate = useInvalidateRoadmaps();
  return useMutation({
    mutationFn: async ({
      fields,
      ownCompanyFallback,
    }: {
      fields: RoadmapFields;
      ownCompanyFallback: string;
    }) => (await repository()).createRoadmap(fields, ownCompanyFallback),
    onSuccess: invalidate,
  });
}

export function useUpdateRoadmap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roadmapId, fields }: { roadmapId: string; fields: RoadmapFields }) =>
      // The write path (and the database with it) loads with the first edit, not with the list.
      import('./roadmap-writes').then(({ updateRoadmapWrite }) =>
        updateRoadmapWrite.perform(roadmapId, fields),
      ),
    onSettled: (_result, _error, { roadmapId }) => invalidateAfterWrite(queryClient, roadmapId),
  });
}

export function useDuplicateRoadmap() {
  const invalidate = useInvalidateRoadmaps();
  return useMutation({
    mutationFn: ({ roadmapId, copyName }: { roadmapId: string; copyName: string }) =>
      repository().then((r) => r.duplicateRoadmap(roadmapId, copyName)),
    onSuccess: invalidate,
  });
}

export function useDeleteRoadmap() {
  const invalidate = useInvalidateRoadmaps();
  return useMutation({
    mutationFn: async (roadmapId: string) => (await repository()).deleteRoadmap(roadmapId),
    onSuccess: invalidate,
  });
}

export function useRestoreRoadmap() {
  const invalidate = useInvalidateRoadmaps();
  return useMutation({
    mutationFn: (bundle: RoadmapBundle) => repository().then((r) => r.restoreRoadmap(bundle)),
    onSuccess: invalidate,
  });
}

export function useImportRoadmap() {
  const invalidate = useInvalidateRoadmaps();
  return useMutation({
    mutationFn: (file: RoadmapFile) => repository().then((r) => r.importRoadmapFile(file)),
    onSuccess: invalidate,
  });
}

export function useRestoreBackup() {
  const invalidate = useInvalidateRoadmaps();
  return useMutation({
    mutationFn: (backup: BackupFile) => repository().then((r) => r.restoreLibraryBackup(backup)),
    onSuccess: invalidate,
  });
}
