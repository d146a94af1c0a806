import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { resetDatabase } from '../../../test/reset-database';
import { createRoadmap } from '../../roadmaps/api/roadmaps-repository';
import {
  addChannel,
  getChannelsData,
  saveDemographics,
  saveSavingsPlan,
  saveSurvey,
  updateChannel,
} from './channels-repository';
import { makeRoadmapFile } from '../../../test/generators';
import { redo, undo } from '../../../core/write/history';
import { importSurveyWrite, removeChannelWrite } from './channels-queries';

let roadmapId = '';
const progress = async () => (await db.roadmaps.get(roadmapId))?.progress.channels;

beforeEach(async () => {
  await resetDatabase();
  roadmapId = (
    await createRoadmap({ name: 'R', company: 'Acme', workshopDate: '', author: '', notes: '' })
  ).id;
});

describe('channels repository', () => {
  it('adds a catalogue channel with its interaction type, human touch and a typical cost when in use', async () => {
    const phone = await addChannel(roadmapId, { catalogKey: 'phone', status: 'in-use' });
    const kb = await addChannel(roadmapId, { catalogKey: 'knowledge-base', status: 'planned' });
    expect(phone).toMatchObject({
      interaction: 'one-to-one',
      humanTouch: true,
      costPerContact: 6,
      position: 0,
    });
    expect(kb).toMatchObject({
      interaction: 'one-to-many',
      humanTouch: false,
      costPerContact: null,
      position: 1,
    });
  });

  it('refuses a custom channel without a name, and a negative volume, writing nothing', async () => {
    await expect(
      addChannel(roadmapId, { catalogKey: null, status: 'candidate' }),
    ).rejects.toThrow();
    const phone = await addChannel(roadmapId, { catalogKey: 'phone', status: 'in-use' });
    await expect(updateChannel(roadmapId, phone.id, { monthlyContacts: -5 })).rejects.toThrow();
    expect((await db.channels.get(phone.id))?.monthlyContacts).toBeNull();
    expect(await db.channels.count()).toBe(1);
  });

  it('is done when a channel is planned and the demographics add up to 100', async () => {
    await addChannel(roadmapId, { catalogKey: 'live-chat', status: 'planned' });
    expect(await progress()).toBe('in-progress');
    await saveDemographics(roadmapId, {
      shares: { silent: 0, boomers: 50, genX: 0, genY: 40 },
      overrides: null,
      source: '',
    });
    expect(await progress()).toBe('in-progress');
    await saveDemographics(roadmapId, {
      shares: { silent: 0, boomers: 50, genX: 0, genY: 50 },
      overrides: null,
      source: '',
    });
    expect(await progress()).toBe('done');
    expect(await db.demographics.count()).toBe(1);
  });

  it('adds an imported survey to the stored one, or replaces it, each undone in one step', async () => {
    const phone = await addChannel(roadmapId, { catalogKey: 'phone', status: 'in-use' });
    const chat = await addChannel(roadmapId, { catalogKey: 'live-chat', status: 'planned' });
    await saveSurvey(roadmapId, {
      respondents: 10,
      answers: [{ channelId: phone.id, count: 6, reasons: 'Typed' }],
    });
    const imported = {
      respondents: 4,
      answers: [
        { channelId: phone.id, count: 3, reasons: 'Fast' },
        { channelId: chat.id, count: 1, reasons: null },
      ],
    };
    await importSurveyWrite.perform(roadmapId, { imported, mode: 'add' });
    let survey = (await getChannelsData(roadmapId)).survey;
    expect(survey?.respondents).toBe(14);
    expect(survey?.answers).toEqual([
      { channelId: phone.id, count: 9, reasons: 'Typed · Fast' },
      { channelId: chat.id, count: 1, reasons: '' },
    ]);

    await undo(roadmapId);
    survey = (await getChannelsData(roadmapId)).survey;
    expect(survey?.respondents).toBe(10);
    expect(survey?.answers).toEqual([{ channelId: phone.id, count: 6, reasons: 'Typed' }]);

    await importSurveyWrite.perform(roadmapId, { imported, mode: 'replace' });
    survey = (await getChannelsData(roadmapId)).survey;
    expect(survey?.respondents).toBe(4);
    expect(survey?.answers.map((answer) => answer.count)).toEqual([3, 1]);
    await undo(roadmapId);
    expect((await getChannelsData(roadmapId)).survey?.respondents).toBe(10);
  });

  it('refuses a survey answer for a channel of another roadmap', async () => {
    await expect(
      saveSurvey(roadmapId, {
        respondents: 10,
        answers: [{ channelId: 'elsewhere', count: 3, reasons: '' }],
      }),
    ).rejects.toThrow();
    expect(await db.surveys.count()).toBe(0);
  });

  it('removes a channel with its survey answers, shifts and rollout, and restores all of it', async () => {
    const phone = await addChannel(roadmapId, { catalogKey: 'phone', status: 'in-use' });
    const kb = await addChannel(roadmapId, { catalogKey: 'knowledge-base', status: 'planned' });
    await saveSurvey(roadmapId, {
      respondents: 200,
      answers: [
        { channelId: phone.id, count: 120, reasons: '' },
        { channelId: kb.id, count: 58, reasons: '' },
      ],
    });
    await saveSavingsPlan(roadmapId, {
      shifts: [{ fromChannelId: phone.id, toChannelId: kb.id, sharePercent: 20 }],
      failureRatePercent: 25,
      failureSharePercent: 54,
    });
    const sample = makeRoadmapFile(1, { kpis: 1, phases: 1, touchpoints: 1 }).rows;
    await db.kpis.add({ ...sample.kpis[0]!, roadmapId, channelIds: [phone.id, kb.id] });
    await db.journeyPhases.add({ ...sample.journeyPhases[0]!, roadmapId });
    await db.touchpoints.add({
      ...sample.touchpoints[0]!,
      roadmapId,
      channelId: kb.id,
      kpiId: null,
    });
    const now = new Date().toISOString();
    await db.rollouts.add({
      id: 'rollout-kb',
      roadmapId,
      createdAt: now,
      updatedAt: now,
      channelId: kb.id,
      pilotDate: null,
      softLaunchDate: '2027-03-01',
      fullDate: '2027-05-01',
      notes: '',
    });

    await removeChannelWrite.perform(roadmapId, kb.id);
    let data = await getChannelsData(roadmapId);
    expect(data.survey?.answers.map((answer) => answer.channelId)).toEqual([phone.id]);
    expect(data.savingsPlan?.shifts).toEqual([]);
    expect((await db.kpis.get(sample.kpis[0]!.id))?.channelIds).toEqual([phone.id]);
    expect((await db.touchpoints.get(sample.touchpoints[0]!.id))?.channelId).toBeNull();
    expect(await db.rollouts.get('rollout-kb')).toBeUndefined();

    await undo(roadmapId);
    data = await getChannelsData(roadmapId);
    expect(data.channels).toHaveLength(2);
    expect(data.survey?.answers).toHaveLength(2);
    expect(data.savingsPlan?.shifts).toHaveLength(1);
    expect((await db.kpis.get(sample.kpis[0]!.id))?.channelIds).toEqual([phone.id, kb.id]);
    expect((await db.touchpoints.get(sample.touchpoints[0]!.id))?.channelId).toBe(kb.id);
    expect((await db.rollouts.get('rollout-kb'))?.fullDate).toBe('2027-05-01');

    await redo(roadmapId);
    expect((await getChannelsData(roadmapId)).channels).toHaveLength(1);
    expect(await db.rollouts.get('rollout-kb')).toBeUndefined();
  });

  it('reads what the competitors of stage 1 offer', async () => {
    await db.subjects
      .where('roadmapId')
      .equals(roadmapId)
      .modify({ offeredChannels: ['phone'] });
    expect((await getChannelsData(roadmapId)).competitors).toEqual([
      { kind: 'own', offeredChannels: ['phone'] },
    ]);
  });
});
