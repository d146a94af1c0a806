import { Dexie } from 'dexie';
import { db } from '../../../db/database';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { progressTables, refreshStageProgress, stageFiguresOf } from '../../../core/stage-progress';
import type { Channel } from '../../channels';
import { trainingMapFigures } from '../../training';
import {
  goLivePlanFieldsChecked,
  goLivePlanSchema,
  readinessItemSchema,
  rolloutFieldsChecked,
  rolloutSchema,
  type GoLivePlan,
  type GoLivePlanFields,
  type ReadinessAnswer,
  type ReadinessCatalogKey,
  type ReadinessItem,
  type Rollout,
  type RolloutFields,
} from '../model/go-live';
import type { ChecklistEvidence } from '../model/readiness-checklist';

export type GoLiveChannel = Pick<
  Channel,
  'id' | 'catalogKey' | 'name' | 'status' | 'humanTouch' | 'position'
>;

/** Everything stage 7 shows: its own rows and what the earlier stages say about readiness. */
export interface GoLiveData {
  plan: GoLivePlan | null;
  rollouts: Rollout[];
  items: ReadinessItem[];
  channels: GoLiveChannel[];
  evidence: ChecklistEvidence;
}

export const emptyPlanFields: GoLivePlanFields = { goLiveDate: null, pilotDate: null, notes: '' };
export const emptyRolloutFields: RolloutFields = {
  pilotDate: null,
  softLaunchDate: null,
  fullDate: null,
  notes: '',
};

/** Does this KPI have at least one value? One index probe, never the whole series. */
const hasValue = async (kpiId: string) =>
  (await db.measurements
    .where('[kpiId+date]')
    .between([kpiId, Dexie.minKey], [kpiId, Dexie.maxKey])
    .limit(1)
    .count()) > 0;

/**
 * Reads stage 7 and its evidence in one read transaction, so the checklist never mixes a goal
 * list from before a write with KPIs from after it. Earlier stages' rows are only read.
 */
export async function getGoLiveData(roadmapId: string): Promise<GoLiveData> {
  const tables = [
    db.goLivePlans,
    db.rollouts,
    db.readinessItems,
    db.goals,
    db.kpis,
    db.measurements,
    db.channels,
    // Training's readiness, as kept with the roadmap (or worked out for an older one).
    ...progressTables('training'),
  ];
  return db.transaction('r', [...new Set(tables)], async (): Promise<GoLiveData> => {
    const ofRoadmap = { roadmapId };
    const [roadmap, plans, rollouts, items, goals, kpis, channels] = await Promise.all([
      db.roadmaps.get(roadmapId),
      db.goLivePlans.where(ofRoadmap).toArray(),
      db.rollouts.where(ofRoadmap).toArray(),
      db.readinessItems.where(ofRoadmap).sortBy('position'),
      db.goals.where(ofRoadmap).toArray(),
      db.kpis.where(ofRoadmap).toArray(),
      db.channels.where(ofRoadmap).sortBy('position'),
    ]);
    const [withValues, training] = await Promise.all([
      Promise.all(kpis.map((kpi) => hasValue(kpi.id))),
      roadmap ? stageFiguresOf(roadmap, 'training') : undefined,
    ]);
    return {
      plan: plans[0] ?? null,
      rollouts,
      items,
      channels: channels.map(({ id, catalogKey, name, status, humanTouch, position }) => ({
        id,
        catalogKey,
        name,
        status,
        humanTouch,
        position,
      })),
      evidence: {
        goals: goals.map(({ id, benefit }) => ({ id, benefit })),
        kpis: kpis.map(({ id, goalIds, baseline }) => ({ id, goalIds, baseline })),
        kpisWithValues: new Set(kpis.filter((_, index) => withValues[index]).map(({ id }) => id)),
        channels: channels.map(({ id, status, humanTouch }) => ({ id, status, humanTouch })),
        rollouts: rollouts.map(({ channelId, fullDate }) => ({ channelId, fullDate })),
        trainingPercent: trainingMapFigures(training).percent,
      },
    };
  });
}

/** Every stage-7 write: one transaction that also refreshes the stage's progress. */
function writeGoLive<T>(roadmapId: string, work: () => Promise<T>): Promise<T> {
  const tables = [...progressTables('go-live'), db.rollouts, db.readinessItems, db.channels];
  return db.transaction('rw', tables, async () => {
    const result = await work();
    await refreshStageProgress(roadmapId, 'go-live');
    return result;
  });
}

const stamp = (roadmapId: string) => {
  const now = nowIso();
  return { id: newId(), roadmapId, createdAt: now, updatedAt: now };
};

/**
 * Changes the roadmap's launch plan (creating its one row on the first change). The patch is
 * merged with what is stored and checked as a whole, so a pilot after the go-live date is refused
 * whichever of the two dates moved; a refused change writes nothing.
 */
export function saveGoLivePlan(
  roadmapId: string,
  patch: Partial<GoLivePlanFields>,
): Promise<GoLivePlan> {
  return writeGoLive(roadmapId, async () => {
    const existing = await db.goLivePlans.get({ roadmapId });
    const fields = goLivePlanFieldsChecked.parse({
      goLiveDate: existing?.goLiveDate ?? null,
      pilotDate: existing?.pilotDate ?? null,
      notes: existing?.notes ?? '',
      ...patch,
    });
    const plan = goLivePlanSchema.parse({
      ...(existing
        ? { id: existing.id, roadmapId, createdAt: existing.createdAt, updatedAt: nowIso() }
        : stamp(roadmapId)),
      ...fields,
    });
    await db.goLivePlans.put(plan);
    return plan;
  });
}

/** Changes one channel's rollout (one row per channel); steps out of order write nothing. */
export function saveRollout(
  roadmapId: string,
  channelId: string,
  patch: Partial<RolloutFields>,
): Promise<Rollout> {
  return writeGoLive(roadmapId, async () => {
    const channel = await db.channels.get(channelId);
    if (!channel || channel.roadmapId !== roadmapId)
      throw new Error(`Channel ${channelId} does not exist`);
    const existing = await db.rollouts.get({ channelId });
    const fields = rolloutFieldsChecked.parse({
      ...emptyRolloutFields,
      ...(existing
        ? {
            pilotDate: existing.pilotDate,
            softLaunchDate: existing.softLaunchDate,
            fullDate: existing.fullDate,
            notes: existing.notes,
          }
        : {}),
      ...patch,
    });
    const rollout = rolloutSchema.parse({
      ...(existing
        ? { id: existing.id, roadmapId, createdAt: existing.createdAt, updatedAt: nowIso() }
        : stamp(roadmapId)),
      channelId,
      ...fields,
    });
    await db.rollouts.put(rollout);
    return rollout;
  });
}

const nextPosition = (items: readonly ReadinessItem[]) =>
  items.reduce((next, item) => Math.max(next, item.position + 1), 0);

export interface ItemPatch {
  answer?: ReadinessAnswer;
  note?: string;
}

/** Answers (or notes) one of the method's items; its row is created the first time it is touched. */
export function saveMethodItem(
  roadmapId: string,
  catalogKey: ReadinessCatalogKey,
  patch: ItemPatch,
): Promise<ReadinessItem> {
  return writeGoLive(roadmapId, async () => {
    const items = await db.readinessItems.where('roadmapId').equals(roadmapId).toArray();
    const existing = items.find((item) => item.catalogKey === catalogKey);
    const item = readinessItemSchema.parse({
      ...(existing
        ? { ...existing, updatedAt: nowIso() }
        : {
            ...stamp(roadmapId),
            catalogKey,
            label: '',
            answer: 'auto',
            note: '',
            position: nextPosition(items),
          }),
      ...patch,
    });
    await db.readinessItems.put(item);
    return item;
  });
}

async function existingOwnItem(roadmapId: string, itemId: string): Promise<ReadinessItem> {
  const item = await db.readinessItems.get(itemId);
  if (!item || item.roadmapId !== roadmapId || item.catalogKey !== null)
    throw new Error(`Checklist item ${itemId} does not exist`);
  return item;
}

/** Adds the team's own item at the end of the checklist, still open. */
export function addOwnItem(roadmapId: string, label: string): Promise<ReadinessItem> {
  return writeGoLive(roadmapId, async () => {
    const items = await db.readinessItems.where('roadmapId').equals(roadmapId).toArray();
    const item = readinessItemSchema.parse({
      ...stamp(roadmapId),
      catalogKey: null,
      label: label.trim(),
      answer: 'open',
      note: '',
      position: nextPosition(items),
    });
    await db.readinessItems.add(item);
    return item;
  });
}

/** Renames, answers or notes one of the team's own items; an empty name writes nothing. */
export function updateOwnItem(
  roadmapId: string,
  itemId: string,
  patch: ItemPatch & { label?: string },
): Promise<ReadinessItem> {
  return writeGoLive(roadmapId, async () => {
    const existing = await existingOwnItem(roadmapId, itemId);
    const item = readinessItemSchema.parse({
      ...existing,
      ...patch,
      ...(patch.label === undefined ? {} : { label: patch.label.trim() }),
      updatedAt: nowIso(),
    });
    await db.readinessItems.put(item);
    return item;
  });
}

/** Removes one of the team's own items and hands it back for undo. */
export function removeOwnItem(roadmapId: string, itemId: string): Promise<ReadinessItem> {
  return writeGoLive(roadmapId, async () => {
    const item = await existingOwnItem(roadmapId, itemId);
    await db.readinessItems.delete(itemId);
    return item;
  });
}
