import { undo } from '../../../core/write/history';
import {
  removeCompetencyWrite,
  removeModuleWrite,
  removePersonWrite,
  removeRoleWrite,
  setLevelWrite,
} from './training-queries';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { resetDatabase } from '../../../test/reset-database';
import { createRoadmap } from '../../roadmaps/api/roadmaps-repository';
import { newModuleFields } from '../model/module-form';
import type { TrainingModuleFields } from '../model/training';
import {
  addCatalogCompetencies,
  addCustomCompetency,
  addModule,
  addPerson,
  addRole,
  getTrainingData,
  setLevel,
  updateModule,
  updatePerson,
  updateRole,
} from './training-repository';

let roadmapId = '';
const progress = async () => (await db.roadmaps.get(roadmapId))?.progress.training;
const moduleFields = (extra: Partial<TrainingModuleFields>): TrainingModuleFields => ({
  ...newModuleFields(),
  title: 'Module',
  ...extra,
});

/** A role, Agent, that requires the competency Tone at level 4, with nobody assessed yet. */
async function agentRequiringTone() {
  const agent = await addRole(roadmapId, { name: 'Agent' });
  const tone = await addCustomCompetency(roadmapId, { name: 'Tone', family: 'behavioural' });
  await setLevel(roadmapId, {
    kind: 'required',
    holderId: agent.id,
    competencyId: tone.id,
    level: 4,
  });
  return { agent, tone };
}

beforeEach(async () => {
  await resetDatabase();
  roadmapId = (
    await createRoadmap({ name: 'R', company: 'Acme', workshopDate: '', author: '', notes: '' })
  ).id;
});

describe('training repository', () => {
  it('adds roles and people in order, and refuses empty names without writing', async () => {
    const agent = await addRole(roadmapId, { name: ' Agent ' });
    const manager = await addRole(roadmapId, { name: 'Manager', description: 'Runs it' });
    await addPerson(roadmapId, manager.id, 'Paolo');
    await addPerson(roadmapId, agent.id, 'Giulia');
    await expect(addRole(roadmapId, { name: '  ' })).rejects.toThrow();
    await expect(addPerson(roadmapId, agent.id, '')).rejects.toThrow();
    await expect(updateRole(roadmapId, agent.id, { name: '' })).rejects.toThrow();
    const data = await getTrainingData(roadmapId);
    expect(data.roles.map((role) => role.name)).toEqual(['Agent', 'Manager']);
    // People follow their roles' order.
    expect(data.people.map((person) => person.name)).toEqual(['Giulia', 'Paolo']);
    expect(data.goLiveDate).toBeNull();
    expect(await progress()).toBe('in-progress');
  });

  it('adds the method’s competencies once, skipping those already there', async () => {
    await addCatalogCompetencies(roadmapId, [
      { catalogKey: 'written-tone', name: 'Tone', description: '' },
    ]);
    const added = await addCatalogCompetencies(roadmapId, [
      { catalogKey: 'written-tone', name: 'Tone', description: '' },
      { catalogKey: 'service-platform', name: 'Platform', description: '' },
    ]);
    expect(added.map((competency) => competency.catalogKey)).toEqual(['service-platform']);
    expect(added[0]?.family).toBe('technical');
    const own = await addCustomCompetency(roadmapId, {
      name: 'Airline jargon',
      family: 'behavioural',
    });
    expect(own.catalogKey).toBeNull();
    const data = await getTrainingData(roadmapId);
    expect(data.competencies.map((competency) => competency.name)).toEqual([
      'Tone',
      'Platform',
      'Airline jargon',
    ]);
  });

  it('keeps the readiness the map shows with the roadmap, and an undo puts it back', async () => {
    const figures = async () => (await db.roadmaps.get(roadmapId))?.figures?.training;
    const { agent, tone } = await agentRequiringTone();
    // Nobody assessed yet: one requirement, not met, and no module teaches it.
    expect(await figures()).toEqual({ percent: 0, uncoveredGaps: 1 });
    await setLevelWrite.perform(roadmapId, {
      kind: 'current',
      holderId: agent.id,
      competencyId: tone.id,
      level: 4,
    });
    expect(await figures()).toEqual({ percent: 100, uncoveredGaps: 0 });
    await undo(roadmapId);
    expect(await figures()).toEqual({ percent: 0, uncoveredGaps: 1 });
  });

  it('sets and clears levels: clearing deletes the row, required levels only for roles', async () => {
    const role = await addRole(roadmapId, { name: 'Agent' });
    const person = await addPerson(roadmapId, role.id, 'Giulia');
    const [competency] = await addCustomCompetency(roadmapId, {
      name: 'Tone',
      family: 'behavioural',
    }).then((row) => [row]);
    const input = { kind: 'required' as const, holderId: role.id, competencyId: competency!.id };
    await setLevel(roadmapId, { ...input, level: 3 });
    await setLevel(roadmapId, { ...input, level: 4 });
    expect(await db.competencyLevels.count()).toBe(1);
    expect((await db.competencyLevels.toArray())[0]?.level).toBe(4);
    await expect(
      setLevel(roadmapId, { ...input, holderId: person.id, level: 2 }),
    ).rejects.toThrow();
    await expect(setLevel(roadmapId, { ...input, level: 6 })).rejects.toThrow();
    await expect(setLevel(roadmapId, { ...input, level: 0 })).rejects.toThrow();
    await setLevel(roadmapId, { ...input, level: null });
    expect(await db.competencyLevels.count()).toBe(0);
  });

  it('is done once every role has required levels and every gap a module', async () => {
    const { agent, tone } = await agentRequiringTone();
    const manager = await addRole(roadmapId, { name: 'Manager' });
    expect(await progress()).toBe('in-progress');
    await setLevel(roadmapId, {
      kind: 'required',
      holderId: manager.id,
      competencyId: tone.id,
      level: 2,
    });
    await setLevel(roadmapId, {
      kind: 'current',
      holderId: manager.id,
      competencyId: tone.id,
      level: 3,
    });
    // The agent's gap has no module yet.
    expect(await progress()).toBe('in-progress');
    const module = await addModule(
      roadmapId,
      moduleFields({ family: 'behavioural', competencyIds: [tone.id], roleIds: [agent.id] }),
    );
    expect(await progress()).toBe('done');
    await removeModuleWrite.perform(roadmapId, module.id);
    expect(await progress()).toBe('in-progress');
  });

  it('removes a role with its people, levels and audience places, and Undo restores all', async () => {
    const { agent, tone } = await agentRequiringTone();
    const social = await addRole(roadmapId, { name: 'Social' });
    const giulia = await addPerson(roadmapId, agent.id, 'Giulia');
    await addPerson(roadmapId, agent.id, 'Marco');
    await setLevel(roadmapId, {
      kind: 'current',
      holderId: giulia.id,
      competencyId: tone.id,
      level: 2,
    });
    await setLevel(roadmapId, {
      kind: 'required',
      holderId: social.id,
      competencyId: tone.id,
      level: 3,
    });
    const module = await addModule(
      roadmapId,
      moduleFields({ competencyIds: [tone.id], roleIds: [agent.id, social.id] }),
    );
    const before = await getTrainingData(roadmapId);

    const removed = await removeRoleWrite.perform(roadmapId, agent.id);
    expect(removed.people).toHaveLength(2);
    expect(removed.levels).toHaveLength(2);
    let data = await getTrainingData(roadmapId);
    expect(data.roles.map((role) => role.name)).toEqual(['Social']);
    expect(data.people).toEqual([]);
    expect(data.levels.map((level) => level.holderId)).toEqual([social.id]);
    expect(data.modules[0]?.roleIds).toEqual([social.id]);

    await undo(roadmapId);
    data = await getTrainingData(roadmapId);
    // Undo stamps the rows it puts back; everything else is as it was.
    const unstamped = <T extends { updatedAt: string }>(rows: T[]) =>
      rows.map((row) => ({ ...row, updatedAt: '' }));
    expect(unstamped(data.roles)).toEqual(unstamped(before.roles));
    expect(unstamped(data.people)).toEqual(unstamped(before.people));
    expect(new Set(data.levels.map((level) => level.id))).toEqual(
      new Set(before.levels.map((level) => level.id)),
    );
    expect(new Set(data.modules[0]?.roleIds)).toEqual(new Set([agent.id, social.id]));
    expect(data.modules[0]?.id).toBe(module.id);
  });

  it('moves a person with their levels, removes them and restores them', async () => {
    const agent = await addRole(roadmapId, { name: 'Agent' });
    const social = await addRole(roadmapId, { name: 'Social' });
    const giulia = await addPerson(roadmapId, agent.id, 'Giulia');
    const tone = await addCustomCompetency(roadmapId, { name: 'Tone', family: 'behavioural' });
    await setLevel(roadmapId, {
      kind: 'current',
      holderId: giulia.id,
      competencyId: tone.id,
      level: 2,
    });
    await updatePerson(roadmapId, giulia.id, { roleId: social.id });
    await expect(updatePerson(roadmapId, giulia.id, { roleId: 'nowhere' })).rejects.toThrow();
    let data = await getTrainingData(roadmapId);
    expect(data.people[0]?.roleId).toBe(social.id);
    expect(data.levels).toHaveLength(1);

    await removePersonWrite.perform(roadmapId, giulia.id);
    expect(await db.competencyLevels.count()).toBe(0);
    await undo(roadmapId);
    data = await getTrainingData(roadmapId);
    expect(data.people.map((person) => person.name)).toEqual(['Giulia']);
    expect(data.levels[0]?.level).toBe(2);
  });

  it('removes a competency with its levels and module places, and Undo restores them', async () => {
    const agent = await addRole(roadmapId, { name: 'Agent' });
    const tone = await addCustomCompetency(roadmapId, { name: 'Tone', family: 'behavioural' });
    const kb = await addCustomCompetency(roadmapId, { name: 'KB', family: 'technical' });
    await setLevel(roadmapId, {
      kind: 'required',
      holderId: agent.id,
      competencyId: tone.id,
      level: 4,
    });
    await setLevel(roadmapId, {
      kind: 'required',
      holderId: agent.id,
      competencyId: kb.id,
      level: 2,
    });
    await addModule(roadmapId, moduleFields({ competencyIds: [tone.id, kb.id] }));

    await removeCompetencyWrite.perform(roadmapId, tone.id);
    let data = await getTrainingData(roadmapId);
    expect(data.competencies.map((competency) => competency.name)).toEqual(['KB']);
    expect(data.levels.map((level) => level.competencyId)).toEqual([kb.id]);
    expect(data.modules[0]?.competencyIds).toEqual([kb.id]);

    await undo(roadmapId);
    data = await getTrainingData(roadmapId);
    expect(data.competencies.map((competency) => competency.name)).toEqual(['Tone', 'KB']);
    expect(data.levels).toHaveLength(2);
    expect(new Set(data.modules[0]?.competencyIds)).toEqual(new Set([tone.id, kb.id]));
  });

  it('validates modules: an end before the start or a foreign role writes nothing', async () => {
    const agent = await addRole(roadmapId, { name: 'Agent' });
    await expect(
      addModule(roadmapId, moduleFields({ startDate: '2027-03-10', endDate: '2027-03-01' })),
    ).rejects.toThrow();
    await expect(addModule(roadmapId, moduleFields({ roleIds: ['elsewhere'] }))).rejects.toThrow();
    await expect(addModule(roadmapId, moduleFields({ title: '' }))).rejects.toThrow();
    expect(await db.trainingModules.count()).toBe(0);

    const module = await addModule(roadmapId, moduleFields({ roleIds: [agent.id], hours: 6 }));
    await expect(
      updateModule(
        roadmapId,
        module.id,
        moduleFields({ startDate: '2027-03-10', endDate: '2027-03-01' }),
      ),
    ).rejects.toThrow();
    const updated = await updateModule(
      roadmapId,
      module.id,
      moduleFields({
        title: 'Tone',
        startDate: '2027-03-01',
        endDate: '2027-03-10',
        status: 'scheduled',
      }),
    );
    expect(updated).toMatchObject({ title: 'Tone', endDate: '2027-03-10', status: 'scheduled' });

    await removeModuleWrite.perform(roadmapId, module.id);
    expect(await db.trainingModules.count()).toBe(0);
    await undo(roadmapId);
    expect((await getTrainingData(roadmapId)).modules.map((row) => row.title)).toEqual(['Tone']);
  });

  it('reads the go-live date of stage 7', async () => {
    const now = new Date().toISOString();
    await db.goLivePlans.add({
      id: 'plan',
      roadmapId,
      createdAt: now,
      updatedAt: now,
      goLiveDate: '2027-09-01',
      pilotDate: null,
      notes: '',
    });
    expect((await getTrainingData(roadmapId)).goLiveDate).toBe('2027-09-01');
  });
});
