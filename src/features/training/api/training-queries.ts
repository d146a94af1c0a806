import { queryOptions } from '@tanstack/react-query';
import { defineWrite, fieldEditKey, useWrite } from '../../../core/write/define-write';
import type { CompetencyFamily, CompetencyLevel, TrainingModuleFields } from '../model/training';
import type { CatalogCompetency, LevelInput, TrainingData } from './training-repository';
import { loadOnce } from '../../../core/stage-descriptor';

/** The code that reads and writes the stage's rows, kept once loaded (see loadOnce). */
export const repository = loadOnce(() => import('./training-repository'));

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

type RoleChanges = { name?: string; description?: string };

export const addRoleWrite = defineWrite({
  name: 'training.addRole',
  load: repository,
  write: (repo, roadmapId, fields: { name: string; description?: string }) =>
    repo.addRole(roadmapId, fields),
  label: (fields) => ({ action: 'add', stage: 'training', name: fields.name }),
});

export const updateRoleWrite = defineWrite({
  name: 'training.updateRole',
  load: repository,
  write: (repo, roadmapId, input: { roleId: string; changes: RoleChanges }) =>
    repo.updateRole(roadmapId, input.roleId, input.changes),
  label: (_input, role) => ({ action: 'edit', stage: 'training', name: role.name }),
  coalesce: ({ roleId, changes }) => fieldEditKey('training.updateRole', roleId, changes),
});

/** Takes the role's people, their levels and its place in module audiences with it. */
export const removeRoleWrite = defineWrite({
  name: 'training.removeRole',
  load: repository,
  write: (repo, roadmapId, roleId: string) => repo.removeRole(roadmapId, roleId),
  label: (_roleId, removed) => ({ action: 'remove', stage: 'training', name: removed.role.name }),
});

export const addPersonWrite = defineWrite({
  name: 'training.addPerson',
  load: repository,
  write: (repo, roadmapId, input: { roleId: string; name: string }) =>
    repo.addPerson(roadmapId, input.roleId, input.name),
  label: (input) => ({ action: 'add', stage: 'training', name: input.name }),
});

export const updatePersonWrite = defineWrite({
  name: 'training.updatePerson',
  load: repository,
  write: (
    repo,
    roadmapId,
    input: { personId: string; changes: { name?: string; roleId?: string } },
  ) => repo.updatePerson(roadmapId, input.personId, input.changes),
  label: (_input, person) => ({ action: 'edit', stage: 'training', name: person.name }),
  coalesce: ({ personId, changes }) => fieldEditKey('training.updatePerson', personId, changes),
});

export const removePersonWrite = defineWrite({
  name: 'training.removePerson',
  load: repository,
  write: (repo, roadmapId, personId: string) => repo.removePerson(roadmapId, personId),
  label: (_personId, removed) => ({
    action: 'remove',
    stage: 'training',
    name: removed.person.name,
  }),
});

export const addCatalogCompetenciesWrite = defineWrite({
  name: 'training.addCatalogCompetencies',
  load: repository,
  write: (repo, roadmapId, entries: CatalogCompetency[]) =>
    repo.addCatalogCompetencies(roadmapId, entries),
  label: (entries) => ({
    action: 'add',
    stage: 'training',
    ...(entries.length === 1 ? { name: entries[0]!.name } : {}),
  }),
});

export const addCustomCompetencyWrite = defineWrite({
  name: 'training.addCustomCompetency',
  load: repository,
  write: (repo, roadmapId, fields: { name: string; family: CompetencyFamily }) =>
    repo.addCustomCompetency(roadmapId, fields),
  label: (fields) => ({ action: 'add', stage: 'training', name: fields.name }),
});

export const updateCompetencyWrite = defineWrite({
  name: 'training.updateCompetency',
  load: repository,
  write: (repo, roadmapId, input: { competencyId: string; changes: RoleChanges }) =>
    repo.updateCompetency(roadmapId, input.competencyId, input.changes),
  label: (_input, competency) => ({ action: 'edit', stage: 'training', name: competency.name }),
  coalesce: ({ competencyId, changes }) =>
    fieldEditKey('training.updateCompetency', competencyId, changes),
});

/** Takes the competency's levels and its place in modules with it. */
export const removeCompetencyWrite = defineWrite({
  name: 'training.removeCompetency',
  load: repository,
  write: (repo, roadmapId, competencyId: string) => repo.removeCompetency(roadmapId, competencyId),
  label: (_id, removed) => ({
    action: 'remove',
    stage: 'training',
    name: removed.competency.name,
  }),
});

export const setLevelWrite = defineWrite({
  name: 'training.setLevel',
  load: repository,
  write: (repo, roadmapId, input: LevelInput) => repo.setLevel(roadmapId, input),
  label: () => ({ action: 'score', stage: 'training' }),
});

export const addModuleWrite = defineWrite({
  name: 'training.addModule',
  load: repository,
  write: (repo, roadmapId, fields: TrainingModuleFields) => repo.addModule(roadmapId, fields),
  label: (fields) => ({ action: 'add', stage: 'training', name: fields.title }),
});

export interface ModulePatch {
  moduleId: string;
  /** Only the fields the user changed: another tab's edit of the other fields is kept. */
  fields: Partial<TrainingModuleFields>;
}

export const updateModuleWrite = defineWrite({
  name: 'training.updateModule',
  load: repository,
  write: (repo, roadmapId, input: ModulePatch) =>
    repo.updateModule(roadmapId, input.moduleId, input.fields),
  label: (_input, module) => ({ action: 'edit', stage: 'training', name: module.title }),
  coalesce: ({ moduleId, fields }) => fieldEditKey('training.updateModule', moduleId, fields),
});

export const removeModuleWrite = defineWrite({
  name: 'training.removeModule',
  load: repository,
  write: (repo, roadmapId, moduleId: string) => repo.removeModule(roadmapId, moduleId),
  label: (_id, module) => ({ action: 'remove', stage: 'training', name: module.title }),
});

/** Stage-6 writes; each is one undo step and refreshes the roadmap's rows once. */
export function useTrainingMutations(roadmapId: string) {
  return {
    addRole: useWrite(addRoleWrite, roadmapId),
    updateRole: useWrite(updateRoleWrite, roadmapId),
    removeRole: useWrite(removeRoleWrite, roadmapId),
    addPerson: useWrite(addPersonWrite, roadmapId),
    updatePerson: useWrite(updatePersonWrite, roadmapId),
    removePerson: useWrite(removePersonWrite, roadmapId),
    addCatalogCompetencies: useWrite(addCatalogCompetenciesWrite, roadmapId),
    addCustomCompetency: useWrite(addCustomCompetencyWrite, roadmapId),
    updateCompetency: useWrite(updateCompetencyWrite, roadmapId),
    removeCompetency: useWrite(removeCompetencyWrite, roadmapId),
    // The grid shows a typed level at once; a failed write puts the old one back.
    setLevel: useWrite(setLevelWrite, roadmapId, {
      queryKey: trainingQueries.all(roadmapId),
      update: (data, input) => withLevel(data as TrainingData, input),
    }),
    addModule: useWrite(addModuleWrite, roadmapId),
    updateModule: useWrite(updateModuleWrite, roadmapId),
    removeModule: useWrite(removeModuleWrite, roadmapId),
  };
}

export type TrainingMutations = ReturnType<typeof useTrainingMutations>;
