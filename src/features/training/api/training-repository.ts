import { db } from '../../../db/database';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { progressTables, refreshStageProgress } from '../../../core/stage-progress';
import {
  competencyFamilyOf,
  competencyLevelSchema,
  competencySchema,
  trainingModuleFieldsChecked,
  trainingModuleFieldsSchema,
  trainingModuleSchema,
  trainingPersonSchema,
  trainingRoleSchema,
  type Competency,
  type CompetencyCatalogKey,
  type CompetencyFamily,
  type CompetencyLevel,
  type LevelKind,
  type TrainingModule,
  type TrainingModuleFields,
  type TrainingPerson,
  type TrainingRole,
} from '../model/training';

export interface TrainingData {
  /** Each list in its own order (position). People are in their roles' order. */
  roles: TrainingRole[];
  people: TrainingPerson[];
  competencies: Competency[];
  levels: CompetencyLevel[];
  modules: TrainingModule[];
  /** The launch date from stage 7, read only: the schedule and the checks compare against it. */
  goLiveDate: string | null;
}

type Positioned = { position: number; createdAt: string };
const byPosition = (a: Positioned, b: Positioned) =>
  a.position - b.position || a.createdAt.localeCompare(b.createdAt);

/** The little of a Dexie table these helpers need; typed so rows keep their full type. */
interface RoadmapTable<T> {
  get(id: string): PromiseLike<T | undefined>;
  where(index: 'roadmapId'): { equals(key: string): { toArray(): PromiseLike<T[]> } };
}

const rowsOf = <T extends Positioned>(table: RoadmapTable<T>, roadmapId: string) =>
  table
    .where('roadmapId')
    .equals(roadmapId)
    .toArray()
    .then((rows) => [...rows].sort(byPosition));

/** Everything stage 6 shows, read in one transaction so the grid never mixes two moments. */
export function getTrainingData(roadmapId: string): Promise<TrainingData> {
  const tables = [
    db.trainingRoles,
    db.trainingPeople,
    db.competencies,
    db.competencyLevels,
    db.trainingModules,
    db.goLivePlans,
  ];
  return db.transaction('r', tables, async () => {
    // Asked for together: each read is a round trip to the browser's storage process, and one
    // after the other the six made the first opening of the stage wait for each in turn.
    const [roles, unorderedPeople, competencies, levels, modules, plan] = await Promise.all([
      rowsOf<TrainingRole>(db.trainingRoles, roadmapId),
      rowsOf<TrainingPerson>(db.trainingPeople, roadmapId),
      rowsOf<Competency>(db.competencies, roadmapId),
      db.competencyLevels.where('roadmapId').equals(roadmapId).toArray(),
      rowsOf<TrainingModule>(db.trainingModules, roadmapId),
      db.goLivePlans.where('roadmapId').equals(roadmapId).first(),
    ]);
    const roleOrder = new Map(roles.map((role, index) => [role.id, index]));
    const people = unorderedPeople.sort(
      (a, b) => (roleOrder.get(a.roleId) ?? 0) - (roleOrder.get(b.roleId) ?? 0),
    );
    return { roles, people, competencies, levels, modules, goLiveDate: plan?.goLiveDate ?? null };
  });
}

/**
 * Every stage-6 write: one transaction that also recomputes the stage's status, so a failed write
 * leaves neither half-removed rows nor a status the rows do not back.
 */
function writeTraining<T>(roadmapId: string, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', progressTables('training'), async () => {
    const result = await work();
    await refreshStageProgress(roadmapId, 'training');
    return result;
  });
}

const rowStamp = (roadmapId: string) => {
  const now = nowIso();
  return { id: newId(), roadmapId, createdAt: now, updatedAt: now };
};

async function nextPosition<T extends Positioned>(table: RoadmapTable<T>, roadmapId: string) {
  const rows = await table.where('roadmapId').equals(roadmapId).toArray();
  return rows.reduce((max, row) => Math.max(max, row.position + 1), 0);
}

async function existing<T extends { roadmapId: string }>(
  table: RoadmapTable<T>,
  roadmapId: string,
  id: string,
  what: string,
): Promise<T> {
  const row = await table.get(id);
  if (!row || row.roadmapId !== roadmapId) throw new Error(`${what} ${id} does not exist`);
  return row;
}

const roleOf = (roadmapId: string, id: string) =>
  existing<TrainingRole>(db.trainingRoles, roadmapId, id, 'Role');
const personOf = (roadmapId: string, id: string) =>
  existing<TrainingPerson>(db.trainingPeople, roadmapId, id, 'Person');
const competencyOf = (roadmapId: string, id: string) =>
  existing<Competency>(db.competencies, roadmapId, id, 'Competency');
const moduleOf = (roadmapId: string, id: string) =>
  existing<TrainingModule>(db.trainingModules, roadmapId, id, 'Module');

// Roles ----------------------------------------------------------------------------------------

export function addRole(
  roadmapId: string,
  fields: { name: string; description?: string },
): Promise<TrainingRole> {
  return writeTraining(roadmapId, async () => {
    const role = trainingRoleSchema.parse({
      ...rowStamp(roadmapId),
      name: fields.name,
      description: fields.description ?? '',
      position: await nextPosition(db.trainingRoles, roadmapId),
    });
    await db.trainingRoles.add(role);
    return role;
  });
}

/** Renames or describes a role; an empty name is refused and nothing is written. */
export function updateRole(
  roadmapId: string,
  roleId: string,
  changes: { name?: string; description?: string },
): Promise<TrainingRole> {
  return writeTraining(roadmapId, async () => {
    const current = await roleOf(roadmapId, roleId);
    const updated = trainingRoleSchema.parse({ ...current, ...changes, updatedAt: nowIso() });
    await db.trainingRoles.put(updated);
    return updated;
  });
}

/** What removing a role took with it (the toast counts its people). */
export interface RemovedRole {
  role: TrainingRole;
  people: TrainingPerson[];
  /** The role's own levels and its people's. */
  levels: CompetencyLevel[];
  /** Modules whose audience named the role. */
  moduleIds: string[];
}

/**
 * Removes a role with its people, every level they hold, and the role from module audiences, in
 * one transaction. A module whose only audience was this role is then open to every role (an
 * empty audience means everyone); Undo names the role again.
 */
export function removeRole(roadmapId: string, roleId: string): Promise<RemovedRole> {
  return writeTraining(roadmapId, async () => {
    const role = await roleOf(roadmapId, roleId);
    const people = await db.trainingPeople.where('roleId').equals(roleId).toArray();
    const holders = new Set([roleId, ...people.map((person) => person.id)]);
    const levels = (
      await db.competencyLevels.where('roadmapId').equals(roadmapId).toArray()
    ).filter((level) => holders.has(level.holderId));
    const modules = (
      await db.trainingModules.where('roadmapId').equals(roadmapId).toArray()
    ).filter((module) => module.roleIds.includes(roleId));
    const now = nowIso();
    await db.trainingModules.bulkPut(
      modules.map((module) => ({
        ...module,
        roleIds: module.roleIds.filter((id) => id !== roleId),
        updatedAt: now,
      })),
    );
    await db.competencyLevels.bulkDelete(levels.map((level) => level.id));
    await db.trainingPeople.bulkDelete(people.map((person) => person.id));
    await db.trainingRoles.delete(roleId);
    return { role, people, levels, moduleIds: modules.map((module) => module.id) };
  });
}

// People ---------------------------------------------------------------------------------------

export function addPerson(
  roadmapId: string,
  roleId: string,
  name: string,
): Promise<TrainingPerson> {
  return writeTraining(roadmapId, async () => {
    await roleOf(roadmapId, roleId);
    const person = trainingPersonSchema.parse({
      ...rowStamp(roadmapId),
      roleId,
      name,
      position: await nextPosition(db.trainingPeople, roadmapId),
    });
    await db.trainingPeople.add(person);
    return person;
  });
}

/** Renames a person or moves them to another role; their current levels go with them. */
export function updatePerson(
  roadmapId: string,
  personId: string,
  changes: { name?: string; roleId?: string },
): Promise<TrainingPerson> {
  return writeTraining(roadmapId, async () => {
    const current = await personOf(roadmapId, personId);
    if (changes.roleId !== undefined) await roleOf(roadmapId, changes.roleId);
    const updated = trainingPersonSchema.parse({ ...current, ...changes, updatedAt: nowIso() });
    await db.trainingPeople.put(updated);
    return updated;
  });
}

export interface RemovedPerson {
  person: TrainingPerson;
  levels: CompetencyLevel[];
}

/** Removes a person and their current levels. */
export function removePerson(roadmapId: string, personId: string): Promise<RemovedPerson> {
  return writeTraining(roadmapId, async () => {
    const person = await personOf(roadmapId, personId);
    const levels = await db.competencyLevels
      .where('roadmapId')
      .equals(roadmapId)
      .filter((level) => level.holderId === personId)
      .toArray();
    await db.competencyLevels.bulkDelete(levels.map((level) => level.id));
    await db.trainingPeople.delete(personId);
    return { person, levels };
  });
}

// Competencies ---------------------------------------------------------------------------------

/** A catalogue competency as the user's language names it. */
export interface CatalogCompetency {
  catalogKey: CompetencyCatalogKey;
  name: string;
  description: string;
}

/**
 * Adds the given catalogue competencies, skipping any the roadmap already has, all or nothing.
 * Returns the ones added.
 */
export function addCatalogCompetencies(
  roadmapId: string,
  entries: readonly CatalogCompetency[],
): Promise<Competency[]> {
  return writeTraining(roadmapId, async () => {
    const present = new Set(
      (await db.competencies.where('roadmapId').equals(roadmapId).toArray()).map(
        (competency) => competency.catalogKey,
      ),
    );
    let position = await nextPosition(db.competencies, roadmapId);
    const added = entries
      .filter((entry) => !present.has(entry.catalogKey))
      .map((entry) =>
        competencySchema.parse({
          ...rowStamp(roadmapId),
          catalogKey: entry.catalogKey,
          family: competencyFamilyOf(entry.catalogKey),
          name: entry.name,
          description: entry.description,
          position: position++,
        }),
      );
    await db.competencies.bulkAdd(added);
    return added;
  });
}

/** A competency of the team's own, in the family they choose. */
export function addCustomCompetency(
  roadmapId: string,
  fields: { name: string; family: CompetencyFamily; description?: string },
): Promise<Competency> {
  return writeTraining(roadmapId, async () => {
    const competency = competencySchema.parse({
      ...rowStamp(roadmapId),
      catalogKey: null,
      family: fields.family,
      name: fields.name,
      description: fields.description ?? '',
      position: await nextPosition(db.competencies, roadmapId),
    });
    await db.competencies.add(competency);
    return competency;
  });
}

export function updateCompetency(
  roadmapId: string,
  competencyId: string,
  changes: { name?: string; description?: string; family?: CompetencyFamily },
): Promise<Competency> {
  return writeTraining(roadmapId, async () => {
    const current = await competencyOf(roadmapId, competencyId);
    const updated = competencySchema.parse({ ...current, ...changes, updatedAt: nowIso() });
    await db.competencies.put(updated);
    return updated;
  });
}

export interface RemovedCompetency {
  competency: Competency;
  levels: CompetencyLevel[];
  /** Modules that taught it. */
  moduleIds: string[];
}

/** Removes a competency with every level given for it and its place in modules. */
export function removeCompetency(
  roadmapId: string,
  competencyId: string,
): Promise<RemovedCompetency> {
  return writeTraining(roadmapId, async () => {
    const competency = await competencyOf(roadmapId, competencyId);
    const levels = await db.competencyLevels.where('competencyId').equals(competencyId).toArray();
    const modules = (
      await db.trainingModules.where('roadmapId').equals(roadmapId).toArray()
    ).filter((module) => module.competencyIds.includes(competencyId));
    const now = nowIso();
    await db.trainingModules.bulkPut(
      modules.map((module) => ({
        ...module,
        competencyIds: module.competencyIds.filter((id) => id !== competencyId),
        updatedAt: now,
      })),
    );
    await db.competencyLevels.bulkDelete(levels.map((level) => level.id));
    await db.competencies.delete(competencyId);
    return { competency, levels, moduleIds: modules.map((module) => module.id) };
  });
}

// Levels ---------------------------------------------------------------------------------------

export interface LevelInput {
  kind: LevelKind;
  /** A role; or, for a current level, a role or a person. */
  holderId: string;
  competencyId: string;
  /** 1-5; null clears the level (the row is deleted, never stored as 0). */
  level: number | null;
}

/** Sets or clears one level. Required levels belong to roles only. */
export function setLevel(roadmapId: string, input: LevelInput): Promise<CompetencyLevel | null> {
  return writeTraining(roadmapId, async () => {
    await competencyOf(roadmapId, input.competencyId);
    const role = await db.trainingRoles.get(input.holderId);
    const person = role ? undefined : await db.trainingPeople.get(input.holderId);
    const holder = role ?? person;
    if (!holder || holder.roadmapId !== roadmapId || (input.kind === 'required' && !role))
      throw new Error(`${input.holderId} cannot hold a ${input.kind} level`);
    const current = await db.competencyLevels
      .where('[holderId+competencyId+kind]')
      .equals([input.holderId, input.competencyId, input.kind])
      .first();
    if (input.level === null) {
      if (current) await db.competencyLevels.delete(current.id);
      return null;
    }
    const level = competencyLevelSchema.parse(
      current
        ? { ...current, level: input.level, updatedAt: nowIso() }
        : { ...rowStamp(roadmapId), ...input },
    );
    await db.competencyLevels.put(level);
    return level;
  });
}

// Modules --------------------------------------------------------------------------------------

/** Competencies and audience roles must be this roadmap's own. */
async function checkModuleReferences(roadmapId: string, fields: TrainingModuleFields) {
  for (const id of fields.competencyIds) await competencyOf(roadmapId, id);
  for (const id of fields.roleIds) await roleOf(roadmapId, id);
}

export function addModule(roadmapId: string, input: TrainingModuleFields): Promise<TrainingModule> {
  return writeTraining(roadmapId, async () => {
    const fields = trainingModuleFieldsChecked.parse(input);
    await checkModuleReferences(roadmapId, fields);
    const module = trainingModuleSchema.parse({
      ...rowStamp(roadmapId),
      ...fields,
      position: await nextPosition(db.trainingModules, roadmapId),
    });
    await db.trainingModules.add(module);
    return module;
  });
}

/**
 * Changes the given fields of a module (the others stay as stored, whoever changed them last);
 * the whole module is then checked, and invalid fields (an end before the start...) write nothing.
 */
export function updateModule(
  roadmapId: string,
  moduleId: string,
  input: Partial<TrainingModuleFields>,
): Promise<TrainingModule> {
  return writeTraining(roadmapId, async () => {
    const current = await moduleOf(roadmapId, moduleId);
    const merged = { ...current, ...trainingModuleFieldsSchema.partial().parse(input) };
    const fields = trainingModuleFieldsChecked.parse(
      Object.fromEntries(
        Object.keys(trainingModuleFieldsSchema.shape).map((key) => [
          key,
          merged[key as keyof TrainingModuleFields],
        ]),
      ),
    );
    await checkModuleReferences(roadmapId, fields);
    const updated = trainingModuleSchema.parse({ ...current, ...fields, updatedAt: nowIso() });
    await db.trainingModules.put(updated);
    return updated;
  });
}

export function removeModule(roadmapId: string, moduleId: string): Promise<TrainingModule> {
  return writeTraining(roadmapId, async () => {
    const module = await moduleOf(roadmapId, moduleId);
    await db.trainingModules.delete(moduleId);
    return module;
  });
}
