import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { makeRoadmapFile } from '../../../test/generators';
import { resetDatabase } from '../../../test/reset-database';
import { addChannel } from '../../channels/api/channels-repository';
import { createRoadmap, importRoadmapFile } from '../../roadmaps/api/roadmaps-repository';
import { readinessChecklist } from '../model/readiness-checklist';
import { undo } from '../../../core/write/history';
import { getGoLivePlan } from './get-go-live-plan';
import { removeOwnItemWrite, savePlanWrite } from './go-live-queries';
import {
  addOwnItem,
  getGoLiveData,
  removeOwnItem,
  saveGoLivePlan,
  saveMethodItem,
  saveRollout,
  updateOwnItem,
} from './go-live-repository';

let roadmapId = '';
const progress = async () => (await db.roadmaps.get(roadmapId))?.progress['go-live'];

beforeEach(async () => {
  await resetDatabase();
  roadmapId = (
    await createRoadmap({ name: 'R', company: 'Acme', workshopDate: '', author: '', notes: '' })
  ).id;
});

describe('the go-live repository', () => {
  it('keeps one plan per roadmap and marks the stage done once the go-live date is set', async () => {
    await saveGoLivePlan(roadmapId, { notes: 'Before summer' });
    expect(await progress()).toBe('in-progress');
    await saveGoLivePlan(roadmapId, { goLiveDate: '2026-09-01' });
    await saveGoLivePlan(roadmapId, { pilotDate: '2026-08-01' });
    expect(await db.goLivePlans.count()).toBe(1);
    expect(await getGoLivePlan(roadmapId)).toMatchObject({
      goLiveDate: '2026-09-01',
      pilotDate: '2026-08-01',
      notes: 'Before summer',
    });
    expect(await progress()).toBe('done');
    await saveGoLivePlan(roadmapId, { goLiveDate: null, pilotDate: null });
    expect(await progress()).toBe('in-progress');
  });

  it('takes back a date change with one undo, and the stage progress with it', async () => {
    await savePlanWrite.perform(roadmapId, { notes: 'Before summer' });
    await savePlanWrite.perform(roadmapId, { goLiveDate: '2026-09-01' });
    expect(await progress()).toBe('done');
    await undo(roadmapId);
    expect(await getGoLivePlan(roadmapId)).toMatchObject({
      goLiveDate: null,
      notes: 'Before summer',
    });
    expect(await progress()).toBe('in-progress');
  });

  it('refuses a pilot after the go-live date, whichever date moved, and writes nothing', async () => {
    await expect(
      saveGoLivePlan(roadmapId, { goLiveDate: '2026-09-01', pilotDate: '2026-10-01' }),
    ).rejects.toThrow();
    expect(await db.goLivePlans.count()).toBe(0);
    expect(await progress()).toBeUndefined();
    await saveGoLivePlan(roadmapId, { goLiveDate: '2026-09-01', pilotDate: '2026-08-01' });
    await expect(saveGoLivePlan(roadmapId, { goLiveDate: '2026-07-01' })).rejects.toThrow();
    await expect(saveGoLivePlan(roadmapId, { goLiveDate: '2026-13-01' })).rejects.toThrow();
    expect((await getGoLivePlan(roadmapId))?.goLiveDate).toBe('2026-09-01');
  });

  it('keeps one rollout per channel and refuses steps out of order', async () => {
    const chat = await addChannel(roadmapId, { catalogKey: 'live-chat', status: 'planned' });
    await saveRollout(roadmapId, chat.id, { pilotDate: '2026-05-01' });
    await saveRollout(roadmapId, chat.id, { fullDate: '2026-07-01', notes: 'Payment page first' });
    await expect(
      saveRollout(roadmapId, chat.id, { softLaunchDate: '2026-08-01' }),
    ).rejects.toThrow();
    const rows = await db.rollouts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      channelId: chat.id,
      pilotDate: '2026-05-01',
      softLaunchDate: null,
      fullDate: '2026-07-01',
      notes: 'Payment page first',
    });
    await expect(saveRollout(roadmapId, 'no-such-channel', {})).rejects.toThrow();
  });

  it('stores an answer on a method item once, and adds, renames, removes and restores own items', async () => {
    await saveMethodItem(roadmapId, 'tone-of-voice', { answer: 'done' });
    await saveMethodItem(roadmapId, 'tone-of-voice', { note: 'Guide v1' });
    const own = await addOwnItem(roadmapId, '  Press release ');
    expect(own).toMatchObject({ label: 'Press release', answer: 'open', position: 1 });
    await expect(updateOwnItem(roadmapId, own.id, { label: '   ' })).rejects.toThrow();
    await expect(addOwnItem(roadmapId, '')).rejects.toThrow();
    await updateOwnItem(roadmapId, own.id, { label: 'Press kit', answer: 'done' });

    let data = await getGoLiveData(roadmapId);
    expect(
      data.items.map(({ catalogKey, label, answer, note }) => [catalogKey, label, answer, note]),
    ).toEqual([
      ['tone-of-voice', '', 'done', 'Guide v1'],
      [null, 'Press kit', 'done', ''],
    ]);

    await removeOwnItemWrite.perform(roadmapId, own.id);
    expect(await db.readinessItems.count()).toBe(1);
    await undo(roadmapId);
    data = await getGoLiveData(roadmapId);
    expect(data.items.at(-1)).toMatchObject({ id: own.id, label: 'Press kit', position: 1 });
    // Method items are not removed like own items.
    const method = data.items[0]!;
    await expect(removeOwnItem(roadmapId, method.id)).rejects.toThrow();
  });

  it('gathers the evidence of every earlier stage for the checklist', async () => {
    const file = makeRoadmapFile(7, {
      goals: 3,
      channels: 6,
      kpis: 4,
      actualsPerKpi: 5,
      roles: 2,
      people: 4,
      competencies: 4,
      modules: 2,
      goLive: true,
    });
    const imported = await importRoadmapFile(file);
    const data = await getGoLiveData(imported.id);
    expect(data.plan?.goLiveDate).toBe('2027-09-01');
    expect(data.evidence.goals).toHaveLength(3);
    expect(data.evidence.kpis).toHaveLength(4);
    expect(data.evidence.kpisWithValues.size).toBe(4);
    expect(data.channels.map((channel) => channel.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(data.evidence.rollouts).toHaveLength(data.rollouts.length);
    expect(data.evidence.trainingPercent).not.toBeNull();

    // One KPI loses its values: monitoring is no longer in place.
    const kpiId = data.evidence.kpis[0]!.id;
    await db.measurements.where('kpiId').equals(kpiId).delete();
    const after = await getGoLiveData(imported.id);
    expect(after.evidence.kpisWithValues.has(kpiId)).toBe(false);
    const monitoring = readinessChecklist(after.items, after.evidence).entries.find(
      (entry) => entry.catalogKey === 'monitoring',
    );
    expect(monitoring?.automatic).toBe(false);
  });

  it('takes the team’s readiness kept with the roadmap, or works it out for an older one', async () => {
    const imported = await importRoadmapFile(
      makeRoadmapFile(2, { roles: 2, people: 4, competencies: 4, modules: 2 }),
    );
    const kept = (await getGoLiveData(imported.id)).evidence.trainingPercent;
    expect(kept).toEqual((await db.roadmaps.get(imported.id))?.figures?.training?.percent);
    expect(kept).not.toBeNull();
    // Stored before figures were kept: the same percentage, from the training rows.
    await db.roadmaps.update(imported.id, { figures: undefined });
    expect((await getGoLiveData(imported.id)).evidence.trainingPercent).toBe(kept);
  });

  it('knows nothing yet on a new roadmap', async () => {
    const data = await getGoLiveData(roadmapId);
    expect(data).toMatchObject({ plan: null, rollouts: [], items: [], channels: [] });
    expect(data.evidence.trainingPercent).toBeNull();
    expect(readinessChecklist(data.items, data.evidence).percent).toBe(0);
  });
});
