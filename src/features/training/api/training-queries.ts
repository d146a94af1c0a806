import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateStageWrite } from '../../../core/invalidate-stage-write';
import type { CompetencyFamily, CompetencyLevel, TrainingModuleFields } from '../model/training';
import type {
  CatalogCompetency,
  LevelInput,
  RemovedCompetency,
  RemovedPerson,
  RemovedRole,
  TrainingData,
} from './training-repository';
import type { TrainingModule } from '../model/training';

const repository = () => import('./training-repository');

/** Stage-6 queries sit under the roadmap's rows, so a change from another tab refreshes them. */
export const trainingQueries = {
  all: (roadmapId: string) => ['roadmaps', 'rows', roadmapId, 'training'] as const,
  detail: (roadmapId: string) =>
    queryOptions({
      queryKey: trainingQueries.all(roadmapId),
      queryFn: async (): Promise<TrainingData> => (await repository()).getTrainingData(roadmapId),
    }),
};

/** A level as the grid shows it before the write lands, so typing never waits for the disk. */
function withLevel(data: TrainingData, input: LevelInput): TrainingData {
  const rest = data.levels.filter(
    (level) =>
      !(
        level.holderId === input.holderId &&
        level.competencyId === input.competencyId &&
        level.kind === input.kind
      ),
  );
  if (input.level === null) return { ...data, levels: rest };
  const placeholder: CompetencyLevel = {
    id: `pending-${input.holderId}-${input.competencyId}-${input.kind}`,
    roadmapId: '',
    createdAt: '',
    updatedAt: '',
    kind: input.kind,
    holderId: input.holderId,
    competencyId: input.competencyId,
    level: input.level,
  };
  return { ...data, levels: [...rest, placeholder] };
}

/** Stage-6 writes; each refreshes the roadmap's rows and its progress in the library. */
export function useTrainingMutations(roadmapId: string) {
  const queryClient = useQueryClient();
  const key = trainingQueries.all(roadmapId);
  const onSettled = () => invalidateStageWrite(queryClient, roadmapId);
  const write = <I, O>(
    run: (repo: Awaited<ReturnType<typeof repository>>, input: I) => Promise<O>,
  ) =>
    ({
      mutationFn: async (input: I) => run(await repository(), input),
      onSettled,
    }) as const;

  return {
    addRole: useMutation(
      write((repo, fields: { name: string; description?: string }) =>
        repo.addRole(roadmapId, fields),
      ),
    ),
    updateRole: useMutation(
      write((repo, input: { roleId: string; changes: { name?: string; description?: string } }) =>
        repo.updateRole(roadmapId, input.roleId, input.changes),
      ),
    ),
    removeRole: useMutation(write((repo, roleId: string) => repo.removeRole(roadmapId, roleId))),
    restoreRole: useMutation(
      write((repo, removed: RemovedRole) => repo.restoreRole(roadmapId, removed)),
    ),
    addPerson: useMutation(
      write((repo, input: { roleId: string; name: string }) =>
        repo.addPerson(roadmapId, input.roleId, input.name),
      ),
    ),
    updatePerson: useMutation(
      write((repo, input: { personId: string; changes: { name?: string; roleId?: string } }) =>
        repo.updatePerson(roadmapId, input.personId, input.changes),
      ),
    ),
    removePerson: useMutation(
      write((repo, personId: string) => repo.removePerson(roadmapId, personId)),
    ),
    restorePerson: useMutation(
      write((repo, removed: RemovedPerson) => repo.restorePerson(roadmapId, removed)),
    ),
    addCatalogCompetencies: useMutation(
      write((repo, entries: CatalogCompetency[]) =>
        repo.addCatalogCompetencies(roadmapId, entries),
      ),
    ),
    addCustomCompetency: useMutation(
      write((repo, fields: { name: string; family: CompetencyFamily }) =>
        repo.addCustomCompetency(roadmapId, fields),
      ),
    ),
    updateCompetency: useMutation(
      write(
        (repo, input: { competencyId: string; changes: { name?: string; description?: string } }) =>
          repo.updateCompetency(roadmapId, input.competencyId, input.changes),
      ),
    ),
    removeCompetency: useMutation(
      write((repo, competencyId: string) => repo.removeCompetency(roadmapId, competencyId)),
    ),
    restoreCompetency: useMutation(
      write((repo, removed: RemovedCompetency) => repo.restoreCompetency(roadmapId, removed)),
    ),
    setLevel: useMutation({
      mutationFn: async (input: LevelInput) => (await repository()).setLevel(roadmapId, input),
      onMutate: async (input: LevelInput) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData<TrainingData>(key);
        if (previous) queryClient.setQueryData<TrainingData>(key, withLevel(previous, input));
        return { previous };
      },
      onError: (_error, _input, context) => {
        if (context?.previous) queryClient.setQueryData(key, context.previous);
      },
      onSettled,
    }),
    addModule: useMutation(
      write((repo, fields: TrainingModuleFields) => repo.addModule(roadmapId, fields)),
    ),
    updateModule: useMutation(
      write((repo, input: { moduleId: string; fields: TrainingModuleFields }) =>
        repo.updateModule(roadmapId, input.moduleId, input.fields),
      ),
    ),
    removeModule: useMutation(
      write((repo, moduleId: string) => repo.removeModule(roadmapId, moduleId)),
    ),
    restoreModule: useMutation(
      write((repo, removed: TrainingModule) => repo.restoreModule(roadmapId, removed)),
    ),
  };
}

export type TrainingMutations = ReturnType<typeof useTrainingMutations>;
