import { db } from '../../../db/database';
import type { ChannelKey } from '../../../lib/channel-catalogue';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { progressTables, refreshStageProgress } from '../../../core/stage-progress';
import {
  channelSchema,
  demographicsSchema,
  savingsPlanSchema,
  surveySchema,
  type Channel,
  type Demographics,
  type SavingsPlan,
  type SavingsPlanValues,
  type Survey,
} from '../model/channel';
import { channelCatalogue } from '../model/channel-catalogue';
import { mergeImportedSurvey, type ImportedSurvey, type ImportMode } from '../model/survey-import';
import type { Touchpoint } from '../../journey';
import type { Kpi } from '../../kpis';
import type { Rollout } from '../../go-live';

export interface ChannelsData {
  channels: Channel[];
  demographics: Demographics | null;
  survey: Survey | null;
  savingsPlan: SavingsPlan | null;
  /** Stage 1's subjects, for "how many competitors offer it". */
  competitors: { kind: 'own' | 'competitor'; offeredChannels: ChannelKey[] }[];
}

export function getChannelsData(roadmapId: string): Promise<ChannelsData> {
  const tables = [db.channels, db.demographics, db.surveys, db.savingsPlans, db.subjects];
  return db.transaction('r', tables, async () => {
    // Asked for together: each read is a round trip to the browser's storage process, and one
    // after the other the five made the stage's first opening wait for each in turn.
    const [channels, demographics, survey, savingsPlan, subjects] = await Promise.all([
      db.channels.where('roadmapId').equals(roadmapId).toArray(),
      db.demographics.where('roadmapId').equals(roadmapId).first(),
      db.surveys.where('roadmapId').equals(roadmapId).first(),
      db.savingsPlans.where('roadmapId').equals(roadmapId).first(),
      db.subjects.where('roadmapId').equals(roadmapId).toArray(),
    ]);
    return {
      channels: channels.sort((a, b) => a.position - b.position),
      demographics: demographics ?? null,
      survey: survey ?? null,
      savingsPlan: savingsPlan ?? null,
      competitors: subjects.map(({ kind, offeredChannels }) => ({ kind, offeredChannels })),
    };
  });
}

/** Every stage-3 write: one transaction that also refreshes the stage's progress. */
function writeChannels<T>(roadmapId: string, work: () => Promise<T>): Promise<T> {
  // KPIs, touchpoints, rollouts and votes name channels: removing one edits them in the same transaction.
  const tables = [
    ...progressTables('channels'),
    db.savingsPlans,
    db.kpis,
    db.touchpoints,
    db.rollouts,
    db.channelVotes,
  ];
  return db.transaction('rw', tables, async () => {
    const result = await work();
    await refreshStageProgress(roadmapId, 'channels');
    return result;
  });
}

const rowStamp = (roadmapId: string) => {
  const now = nowIso();
  return { id: newId(), roadmapId, createdAt: now, updatedAt: now };
};

/** Adds a catalogue channel (with its interaction type and human touch) or a custom one. */
export function addChannel(
  roadmapId: string,
  input: { catalogKey: ChannelKey | null; name?: string; status: Channel['status'] },
): Promise<Channel> {
  return writeChannels(roadmapId, async () => {
    const existing = await db.channels.where('roadmapId').equals(roadmapId).toArray();
    const catalogue = input.catalogKey ? channelCatalogue[input.catalogKey] : null;
    const channel = channelSchema.parse({
      ...rowStamp(roadmapId),
      catalogKey: input.catalogKey,
      name: input.name ?? '',
      interaction: catalogue?.interaction ?? 'one-to-one',
      humanTouch: catalogue?.humanTouch ?? false,
      status: input.status,
      rejectionReason: '',
      monthlyContacts: null,
      costPerContact: catalogue && input.status === 'in-use' ? catalogue.typicalCost : null,
      responseTimeHours: null,
      satisfaction: null,
      performance: null,
      position: existing.reduce((max, row) => Math.max(max, row.position + 1), 0),
    });
    await db.channels.add(channel);
    return channel;
  });
}

export type ChannelChanges = Partial<Omit<Channel, 'id' | 'roadmapId' | 'createdAt' | 'updatedAt'>>;

export function updateChannel(
  roadmapId: string,
  channelId: string,
  changes: ChannelChanges,
): Promise<Channel> {
  return writeChannels(roadmapId, async () => {
    const current = await db.channels.get(channelId);
    if (!current) throw new Error(`Channel ${channelId} does not exist`);
    const updated = channelSchema.parse({ ...current, ...changes, updatedAt: nowIso() });
    await db.channels.put(updated);
    return updated;
  });
}

export interface RemovedChannel {
  channel: Channel;
  survey: Survey | null;
  savingsPlan: SavingsPlan | null;
  /** KPIs and touchpoints that named the channel, as they were. */
  kpis: Kpi[];
  touchpoints: Touchpoint[];
  /** The channel's go-live rollout, if it had one. */
  rollout: Rollout | null;
}

/** Removes a channel and every survey answer and shift that mentions it; returns what to restore. */
export function removeChannel(roadmapId: string, channelId: string): Promise<RemovedChannel> {
  return writeChannels(roadmapId, async () => {
    const channel = await db.channels.get(channelId);
    if (!channel) throw new Error(`Channel ${channelId} does not exist`);
    const survey = (await db.surveys.where('roadmapId').equals(roadmapId).first()) ?? null;
    const savingsPlan =
      (await db.savingsPlans.where('roadmapId').equals(roadmapId).first()) ?? null;
    if (survey)
      await db.surveys.put({
        ...survey,
        answers: survey.answers.filter((answer) => answer.channelId !== channelId),
        updatedAt: nowIso(),
      });
    if (savingsPlan) {
      const shifts = savingsPlan.shifts.filter(
        (shift) => shift.fromChannelId !== channelId && shift.toChannelId !== channelId,
      );
      await db.savingsPlans.put({ ...savingsPlan, shifts, updatedAt: nowIso() });
    }
    const now = nowIso();
    const kpis = (await db.kpis.where('roadmapId').equals(roadmapId).toArray()).filter((kpi) =>
      kpi.channelIds.includes(channelId),
    );
    await db.kpis.bulkPut(
      kpis.map((kpi) => ({
        ...kpi,
        channelIds: kpi.channelIds.filter((id) => id !== channelId),
        updatedAt: now,
      })),
    );
    const touchpoints = (
      await db.touchpoints.where('roadmapId').equals(roadmapId).toArray()
    ).filter((touchpoint) => touchpoint.channelId === channelId);
    await db.touchpoints.bulkPut(
      touchpoints.map((touchpoint) => ({ ...touchpoint, channelId: null, updatedAt: now })),
    );
    const rollout = (await db.rollouts.where('channelId').equals(channelId).first()) ?? null;
    if (rollout) await db.rollouts.delete(rollout.id);
    // The room's dots on it go with it (Undo brings them back with the channel).
    await db.channelVotes.where('optionId').equals(channelId).delete();
    await db.channels.delete(channelId);
    return { channel, survey, savingsPlan, kpis, touchpoints, rollout };
  });
}

/** Saves the one demographics row of the roadmap (created on first save). */
export function saveDemographics(
  roadmapId: string,
  values: Pick<Demographics, 'shares' | 'overrides' | 'source'>,
): Promise<Demographics> {
  return writeChannels(roadmapId, async () => {
    const existing = await db.demographics.where('roadmapId').equals(roadmapId).first();
    const row = demographicsSchema.parse({
      ...(existing ?? rowStamp(roadmapId)),
      ...values,
      updatedAt: nowIso(),
    });
    await db.demographics.put(row);
    return row;
  });
}

/**
 * Saves the one survey of the roadmap: respondents and answers per channel. A CSV import calls
 * this once with everything it read, so a bad file writes nothing at all.
 */
export function saveSurvey(
  roadmapId: string,
  values: Pick<Survey, 'respondents' | 'answers'>,
): Promise<Survey> {
  return writeChannels(roadmapId, async () => {
    const channelIds = new Set(
      (await db.channels.where('roadmapId').equals(roadmapId).toArray()).map(
        (channel) => channel.id,
      ),
    );
    const unknown = values.answers.find((answer) => !channelIds.has(answer.channelId));
    if (unknown) throw new Error(`Survey answer for unknown channel ${unknown.channelId}`);
    const existing = await db.surveys.where('roadmapId').equals(roadmapId).first();
    const row = surveySchema.parse({
      ...(existing ?? rowStamp(roadmapId)),
      ...values,
      updatedAt: nowIso(),
    });
    await db.surveys.put(row);
    return row;
  });
}

/**
 * Saves a survey read from a CSV file, replacing the stored one or added to it, in one
 * transaction: the stored survey is read inside it, so the sum is never taken over a stale copy.
 */
export function importSurvey(
  roadmapId: string,
  imported: ImportedSurvey,
  mode: ImportMode,
): Promise<Survey> {
  return writeChannels(roadmapId, async () => {
    const existing = (await db.surveys.where('roadmapId').equals(roadmapId).first()) ?? null;
    return saveSurvey(roadmapId, mergeImportedSurvey(existing, imported, mode));
  });
}

export function saveSavingsPlan(
  roadmapId: string,
  values: SavingsPlanValues,
): Promise<SavingsPlan> {
  return writeChannels(roadmapId, async () => {
    const existing = await db.savingsPlans.where('roadmapId').equals(roadmapId).first();
    const row = savingsPlanSchema.parse({
      ...(existing ?? rowStamp(roadmapId)),
      ...values,
      updatedAt: nowIso(),
    });
    await db.savingsPlans.put(row);
    return row;
  });
}
