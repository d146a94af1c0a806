import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { resetDatabase } from '../../../test/reset-database';
import { addChannel, removeChannel } from '../../channels/api/channels-repository';
import { createRoadmap } from '../../roadmaps/api/roadmaps-repository';
import { redo, undo } from '../../../core/write/history';
import type { TouchpointFields } from '../model/journey';
import {
  deletePhaseWrite,
  deleteTouchpointWrite,
  updatePhaseWrite,
  updateTouchpointWrite,
} from './use-journey-mutations';
import {
  addPhase,
  addTouchpoint,
  applyTemplate,
  getJourneyData,
  reorderPhase,
  reorderTouchpoint,
  updatePhase,
  updateTouchpoint,
} from './journey-repository';

let roadmapId = '';
const progress = async () => (await db.roadmaps.get(roadmapId))?.progress.journey;
const fields = (description: string, extra: Partial<TouchpointFields> = {}): TouchpointFields => ({
  channelId: null,
  device: 'smartphone',
  description,
  owner: '',
  kpiId: null,
  ...extra,
});
const names = async () => {
  const data = await getJourneyData(roadmapId);
  return data.phases.map((phase) => [
    phase.name,
    ...data.touchpoints
      .filter((touchpoint) => touchpoint.phaseId === phase.id)
      .map((touchpoint) => `${touchpoint.position}:${touchpoint.description}`),
  ]);
};

beforeEach(async () => {
  await resetDatabase();
  roadmapId = (
    await createRoadmap({ name: 'R', company: 'Acme', workshopDate: '', author: '', notes: '' })
  ).id;
});

describe('journey repository', () => {
  it('applies a template only to an empty journey, and the stage is then in progress', async () => {
    expect(await progress()).toBeUndefined();
    await applyTemplate(roadmapId, ['Discover', 'Buy', 'Use']);
    expect(await names()).toEqual([['Discover'], ['Buy'], ['Use']]);
    expect(await progress()).toBe('in-progress');
    await expect(applyTemplate(roadmapId, ['Again'])).rejects.toThrow(/already has phases/);
    expect(await db.journeyPhases.count()).toBe(3);
  });

  it('is done once three phases have a touchpoint and an emotion score', async () => {
    const phases = await applyTemplate(roadmapId, ['A', 'B', 'C', 'D']);
    for (const phase of phases.slice(0, 3)) await addTouchpoint(roadmapId, phase.id, fields('t'));
    await updatePhase(roadmapId, phases[0]!.id, { emotion: 1 });
    await updatePhase(roadmapId, phases[1]!.id, { emotion: -2 });
    // The fourth phase has a score but no touchpoint: it does not count.
    await updatePhase(roadmapId, phases[3]!.id, { emotion: 0 });
    expect(await progress()).toBe('in-progress');
    await updatePhase(roadmapId, phases[2]!.id, { emotion: 0 });
    expect(await progress()).toBe('done');
  });

  it('edits names, lanes and emotions, refusing bad values without writing', async () => {
    const phase = await addPhase(roadmapId, 'Booking');
    await updatePhase(roadmapId, phase.id, { lanes: { doing: 'Pays online' } });
    await updatePhase(roadmapId, phase.id, { lanes: { painPoints: 'Card refused' } });
    await expect(updatePhase(roadmapId, phase.id, { name: '  ' })).rejects.toThrow();
    await expect(updatePhase(roadmapId, phase.id, { emotion: 3 })).rejects.toThrow();
    const stored = await db.journeyPhases.get(phase.id);
    expect(stored).toMatchObject({
      name: 'Booking',
      emotion: null,
      lanes: { doing: 'Pays online', painPoints: 'Card refused', expecting: '' },
    });
  });

  it('accepts only this roadmap’s channels and KPIs on a touchpoint', async () => {
    const phase = await addPhase(roadmapId, 'Booking');
    const phone = await addChannel(roadmapId, { catalogKey: 'phone', status: 'in-use' });
    const other = (
      await createRoadmap({ name: 'O', company: '', workshopDate: '', author: '', notes: '' })
    ).id;
    const foreign = await addChannel(other, { catalogKey: 'email', status: 'in-use' });
    const added = await addTouchpoint(
      roadmapId,
      phase.id,
      fields('Calls', { channelId: phone.id }),
    );
    await expect(
      addTouchpoint(roadmapId, phase.id, fields('Mails', { channelId: foreign.id })),
    ).rejects.toThrow(/not in this roadmap/);
    await expect(
      updateTouchpoint(roadmapId, added.id, fields('Calls', { kpiId: 'missing' })),
    ).rejects.toThrow(/not in this roadmap/);
    await expect(addTouchpoint(roadmapId, phase.id, fields(''))).rejects.toThrow();
    expect(await db.touchpoints.count()).toBe(1);
    const data = await getJourneyData(roadmapId);
    expect(data.channels).toEqual([{ id: phone.id, catalogKey: 'phone', name: '' }]);
    // Removing the channel (stage 3) leaves the touchpoint without one.
    await removeChannel(roadmapId, phone.id);
    expect((await db.touchpoints.get(added.id))?.channelId).toBeNull();
  });

  it('reorders phases and touchpoints, within and across phases, renumbering densely', async () => {
    const [a, b] = await applyTemplate(roadmapId, ['A', 'B', 'C']);
    for (const name of ['a1', 'a2', 'a3']) await addTouchpoint(roadmapId, a!.id, fields(name));
    await addTouchpoint(roadmapId, b!.id, fields('b1'));
    const a3 = (await db.touchpoints.toArray()).find((row) => row.description === 'a3')!;
    await reorderTouchpoint(roadmapId, a3.id, a!.id, 0);
    const a1 = (await db.touchpoints.toArray()).find((row) => row.description === 'a1')!;
    await reorderTouchpoint(roadmapId, a1.id, b!.id, 0);
    await reorderPhase(roadmapId, b!.id, 0);
    expect(await names()).toEqual([['B', '0:a1', '1:b1'], ['A', '0:a3', '1:a2'], ['C']]);
    const positions = (await db.journeyPhases.toArray()).map((phase) => phase.position).sort();
    expect(positions).toEqual([0, 1, 2]);
  });

  it('deletes a phase with its touchpoints and undoes it exactly', async () => {
    const [, b] = await applyTemplate(roadmapId, ['A', 'B', 'C']);
    await updatePhase(roadmapId, b!.id, { emotion: -1, lanes: { doing: 'Waits' } });
    await addTouchpoint(roadmapId, b!.id, fields('b1'));
    await addTouchpoint(roadmapId, b!.id, fields('b2'));
    const removed = await deletePhaseWrite.perform(roadmapId, b!.id);
    expect(removed.touchpoints).toHaveLength(2);
    expect(await names()).toEqual([['A'], ['C']]);
    expect(await db.touchpoints.count()).toBe(0);
    expect((await db.journeyPhases.toArray()).map((phase) => phase.position).sort()).toEqual([
      0, 1,
    ]);
    await undo(roadmapId);
    expect(await names()).toEqual([['A'], ['B', '0:b1', '1:b2'], ['C']]);
    expect(await db.journeyPhases.get(b!.id)).toMatchObject({
      emotion: -1,
      lanes: { doing: 'Waits' },
      position: 1,
    });
  });

  it('deletes a touchpoint, closes the gap, and undo puts it back in its place', async () => {
    const phase = await addPhase(roadmapId, 'A');
    for (const name of ['t1', 't2', 't3']) await addTouchpoint(roadmapId, phase.id, fields(name));
    const t2 = (await db.touchpoints.toArray()).find((row) => row.description === 't2')!;
    await deleteTouchpointWrite.perform(roadmapId, t2.id);
    expect(await names()).toEqual([['A', '0:t1', '1:t3']]);
    await undo(roadmapId);
    expect(await names()).toEqual([['A', '0:t1', '1:t2', '2:t3']]);
    await redo(roadmapId);
    expect(await names()).toEqual([['A', '0:t1', '1:t3']]);
  });

  it('undoes and redoes a lane edit and a touchpoint edit, keeping the fields not edited', async () => {
    const phase = await addPhase(roadmapId, 'A');
    const touchpoint = await addTouchpoint(roadmapId, phase.id, fields('t1', { owner: 'Ann' }));
    await updatePhaseWrite.perform(roadmapId, {
      phaseId: phase.id,
      changes: { lanes: { doing: 'Calls' } },
    });
    await updatePhase(roadmapId, phase.id, { lanes: { expecting: 'An answer' } });
    await updateTouchpointWrite.perform(roadmapId, {
      touchpointId: touchpoint.id,
      fields: { description: 'Calls the desk' },
    });
    expect(await db.touchpoints.get(touchpoint.id)).toMatchObject({
      description: 'Calls the desk',
      owner: 'Ann',
    });

    await undo(roadmapId);
    expect((await db.touchpoints.get(touchpoint.id))?.description).toBe('t1');
    await undo(roadmapId);
    expect((await db.journeyPhases.get(phase.id))?.lanes).toEqual({
      doing: '',
      expecting: 'An answer',
      painPoints: '',
      opportunities: '',
    });
    await redo(roadmapId);
    expect((await db.journeyPhases.get(phase.id))?.lanes.doing).toBe('Calls');
    await redo(roadmapId);
    expect((await db.touchpoints.get(touchpoint.id))?.description).toBe('Calls the desk');
  });

  it('writes nothing when a move names a phase that does not exist', async () => {
    const phase = await addPhase(roadmapId, 'A');
    const added = await addTouchpoint(roadmapId, phase.id, fields('t1'));
    await expect(reorderTouchpoint(roadmapId, added.id, 'nowhere', 0)).rejects.toThrow();
    expect(await db.touchpoints.get(added.id)).toMatchObject({ phaseId: phase.id, position: 0 });
  });
});
