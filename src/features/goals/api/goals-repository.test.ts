import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { countAllRows, resetDatabase } from '../../../test/reset-database';
import { createRoadmap } from '../../roadmaps/api/roadmaps-repository';
import type { GoalFields } from '../model/goal';
import { makeRoadmapFile } from '../../../test/generators';
import { undo } from '../../../core/write/history';
import { deleteGoalWrite } from './goals-queries';
import { createGoal, deleteGoal, getGoals, updateGoal } from './goals-repository';

const roadmapFields = { name: 'Plan', company: 'Acme', workshopDate: '', author: '', notes: '' };
const fields: GoalFields = {
  catalogKey: null,
  title: 'Answer social media the same day',
  description: '',
  direction: 'decrease',
  baseline: 30,
  target: 6,
  unit: 'hours',
  startDate: '2026-11-01',
  deadline: '',
  benefit: 'Complaints answered before they spread',
  priority: 'high',
  owner: '',
};

const progressOf = async (roadmapId: string) => (await db.roadmaps.get(roadmapId))?.progress;

beforeEach(resetDatabase);

describe('goals repository', () => {
  it('adds goals in order, with trimmed text, and lists only the roadmap’s own', async () => {
    const roadmap = await createRoadmap(roadmapFields);
    const other = await createRoadmap({ ...roadmapFields, name: 'Other' });
    const first = await createGoal(roadmap.id, { ...fields, title: '  First  ' });
    await createGoal(other.id, fields);
    const second = await createGoal(roadmap.id, { ...fields, title: 'Second' });
    expect(first.title).toBe('First');
    expect([first.position, second.position]).toEqual([0, 1]);
    expect((await getGoals(roadmap.id)).map((goal) => goal.title)).toEqual(['First', 'Second']);
  });

  it('marks the stage in progress, then done once a goal has target, deadline and benefit', async () => {
    const roadmap = await createRoadmap(roadmapFields);
    const goal = await createGoal(roadmap.id, fields);
    expect(await progressOf(roadmap.id)).toEqual({ goals: 'in-progress' });

    await updateGoal(roadmap.id, goal.id, { ...fields, deadline: '2027-05-01' });
    expect(await progressOf(roadmap.id)).toEqual({ goals: 'done' });

    await updateGoal(roadmap.id, goal.id, { ...fields, deadline: '2027-05-01', target: null });
    expect(await progressOf(roadmap.id)).toEqual({ goals: 'in-progress' });
  });

  it('updates the fields and keeps id, creation time and position', async () => {
    const roadmap = await createRoadmap(roadmapFields);
    const goal = await createGoal(roadmap.id, fields);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await updateGoal(roadmap.id, goal.id, { ...fields, owner: 'Social team' });
    expect(updated).toMatchObject({
      id: goal.id,
      createdAt: goal.createdAt,
      position: 0,
      owner: 'Social team',
    });
    expect(updated.updatedAt > goal.updatedAt).toBe(true);
    expect(await db.goals.get(goal.id)).toEqual(updated);
  });

  it('writes nothing when a new goal breaks a rule', async () => {
    const roadmap = await createRoadmap(roadmapFields);
    const before = await countAllRows();
    const roadmapBefore = await db.roadmaps.get(roadmap.id);
    await expect(createGoal(roadmap.id, { ...fields, target: 45 })).rejects.toThrow(
      'validation.targetBelowBaseline',
    );
    await expect(createGoal(roadmap.id, { ...fields, benefit: ' ' })).rejects.toThrow();
    await expect(createGoal('no-such-roadmap', fields)).rejects.toThrow();
    expect(await countAllRows()).toBe(before);
    expect(await db.roadmaps.get(roadmap.id)).toEqual(roadmapBefore);
  });

  it('leaves the stored goal and progress unchanged when an edit is invalid', async () => {
    const roadmap = await createRoadmap(roadmapFields);
    const goal = await createGoal(roadmap.id, { ...fields, deadline: '2027-05-01' });
    const roadmapBefore = await db.roadmaps.get(roadmap.id);
    await expect(
      updateGoal(roadmap.id, goal.id, { ...fields, deadline: '2026-10-01' }),
    ).rejects.toThrow('validation.deadlineAfterStart');
    await expect(
      updateGoal(roadmap.id, goal.id, { ...fields, baseline: Number.POSITIVE_INFINITY }),
    ).rejects.toThrow();
    expect(await db.goals.get(goal.id)).toEqual(goal);
    expect(await db.roadmaps.get(roadmap.id)).toEqual(roadmapBefore);
  });

  it('changes only the given fields, so two tabs editing different fields both keep theirs', async () => {
    const roadmap = await createRoadmap(roadmapFields);
    const goal = await createGoal(roadmap.id, fields);
    await updateGoal(roadmap.id, goal.id, { owner: 'Tab one' });
    await updateGoal(roadmap.id, goal.id, { unit: 'tab two' });
    expect(await db.goals.get(goal.id)).toMatchObject({ owner: 'Tab one', unit: 'tab two' });
  });

  it('refuses to touch a goal through another roadmap', async () => {
    const roadmap = await createRoadmap(roadmapFields);
    const other = await createRoadmap({ ...roadmapFields, name: 'Other' });
    const goal = await createGoal(roadmap.id, fields);
    await expect(updateGoal(other.id, goal.id, fields)).rejects.toThrow();
    await expect(deleteGoal(other.id, goal.id)).rejects.toThrow();
    expect(await db.goals.get(goal.id)).toEqual(goal);
  });

  it('deletes a goal, updates the progress, and puts it back exactly on undo', async () => {
    const roadmap = await createRoadmap(roadmapFields);
    const goal = await createGoal(roadmap.id, { ...fields, deadline: '2027-05-01' });
    const second = await createGoal(roadmap.id, { ...fields, title: 'Second' });
    expect(await progressOf(roadmap.id)).toEqual({ goals: 'done' });

    const removed = await deleteGoalWrite.perform(roadmap.id, goal.id);
    expect(removed.goal).toEqual(goal);
    expect(await getGoals(roadmap.id)).toEqual([second]);
    expect(await progressOf(roadmap.id)).toEqual({ goals: 'in-progress' });

    await undo(roadmap.id);
    expect(await getGoals(roadmap.id)).toEqual([
      { ...goal, updatedAt: expect.any(String) },
      second,
    ]);
    expect(await progressOf(roadmap.id)).toEqual({ goals: 'done' });
  });

  it('takes a deleted goal out of its KPIs, so the file stays consistent, and undo puts it back', async () => {
    const roadmap = await createRoadmap(roadmapFields);
    const goal = await createGoal(roadmap.id, { ...fields, deadline: '2027-05-01' });
    const second = await createGoal(roadmap.id, { ...fields, title: 'Second' });
    const [kpi] = makeRoadmapFile(1, { kpis: 1 }).rows.kpis;
    await db.kpis.add({ ...kpi!, roadmapId: roadmap.id, goalIds: [goal.id, second.id] });

    const removed = await deleteGoalWrite.perform(roadmap.id, second.id);
    expect((await db.kpis.get(kpi!.id))?.goalIds).toEqual([goal.id]);
    expect(removed.kpis.map((row) => row.id)).toEqual([kpi!.id]);

    await undo(roadmap.id);
    expect((await db.kpis.get(kpi!.id))?.goalIds).toEqual([goal.id, second.id]);
    expect(await progressOf(roadmap.id)).toMatchObject({ goals: 'done', kpis: 'done' });

    await createGoal(roadmap.id, { ...fields, title: 'Third, without a KPI' });
    expect(await progressOf(roadmap.id)).toMatchObject({ kpis: 'in-progress' });
  });

  it('deleting every goal leaves no progress behind', async () => {
    const roadmap = await createRoadmap(roadmapFields);
    const goal = await createGoal(roadmap.id, { ...fields, deadline: '2027-05-01' });
    const second = await createGoal(roadmap.id, { ...fields, title: 'Second' });

    await deleteGoal(roadmap.id, goal.id);
    await deleteGoal(roadmap.id, second.id);
    expect(await progressOf(roadmap.id)).toEqual({});
  });
});
