import { Dexie } from 'dexie';
import { db } from '../../../db/database';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { progressTables, refreshStageProgress } from '../../../core/stage-progress';
import type { ChannelKey } from '../../../lib/channel-catalogue';
import type { Touchpoint } from '../../journey';
import { DateTakenError } from '../model/date-taken-error';
import type { KpiGoal } from '../model/kpi-for-goal';
import {
  kpiFieldsSchema,
  kpiSchema,
  measurementSchema,
  type Kpi,
  type KpiFields,
  type Measurement,
} from '../model/kpi';

/** A card's trend line shows this many of the latest values: about half a year of weekly data. */
export const recentValueCount = 24;

export interface KpisDashboard {
  kpis: Kpi[];
  /** What a KPI added for a goal starts from. */
  goals: KpiGoal[];
  channels: { id: string; catalogKey: ChannelKey | null; name: string }[];
  /** Per KPI id, its latest values in date order (at most `recentValueCount`). */
  recent: Record<string, { date: string; value: number }[]>;
}

const kpiValues = (kpiId: string) =>
  db.measurements.where('[kpiId+date]').between([kpiId, Dexie.minKey], [kpiId, Dexie.maxKey]);

/**
 * Everything the dashboard draws, read in one transaction. Each KPI reads only its latest values
 * through the `[kpiId+date]` index, newest first: with 150 KPIs of 260 values each that is 3,600
 * rows instead of 39,000.
 */
export function getKpisDashboard(roadmapId: string): Promise<KpisDashboard> {
  return db.transaction('r', [db.kpis, db.goals, db.channels, db.measurements], async () => {
    const [kpis, goals, channels] = await Promise.all([
      db.kpis.where('roadmapId').equals(roadmapId).sortBy('position'),
      db.goals.where('roadmapId').equals(roadmapId).sortBy('position'),
      db.channels.where('roadmapId').equals(roadmapId).sortBy('position'),
    ]);
    const latest = await Promise.all(
      kpis.map((kpi) => kpiValues(kpi.id).reverse().limit(recentValueCount).toArray()),
    );
    const recent: KpisDashboard['recent'] = {};
    kpis.forEach((kpi, index) => {
      recent[kpi.id] = (latest[index] ?? []).reverse().map(({ date, value }) => ({ date, value }));
    });
    return {
      kpis,
      goals: goals.map(
        ({ id, title, catalogKey, direction, baseline, target, unit, deadline }) => ({
          id,
          title,
          catalogKey,
          direction,
          baseline,
          target,
          unit,
          deadline,
        }),
      ),
      channels: channels.map(({ id, catalogKey, name }) => ({ id, catalogKey, name })),
      recent,
    };
  });
}

/** Every value of one KPI, oldest first, straight from the `[kpiId+date]` index. */
export function getMeasurements(kpiId: string): Promise<Measurement[]> {
  return kpiValues(kpiId).toArray();
}

/** Every stage-4 write: one transaction that also refreshes the stage's progress. */
function writeKpis<T>(roadmapId: string, work: () => Promise<T>): Promise<T> {
  // Touchpoints name KPIs: deleting one unlinks them in the same transaction.
  return db.transaction('rw', [...progressTables('kpis'), db.touchpoints], async () => {
    const result = await work();
    await refreshStageProgress(roadmapId, 'kpis');
    return result;
  });
}

async function existingKpi(roadmapId: string, kpiId: string): Promise<Kpi> {
  const kpi = await db.kpis.get(kpiId);
  if (!kpi || kpi.roadmapId !== roadmapId) throw new Error(`KPI ${kpiId} does not exist`);
  return kpi;
}

const stamp = (roadmapId: string) => {
  const now = nowIso();
  return { id: newId(), roadmapId, createdAt: now, updatedAt: now };
};

/** Adds a KPI after the others; validated before it is written, all or nothing. */
export function createKpi(roadmapId: string, fields: KpiFields): Promise<Kpi> {
  return writeKpis(roadmapId, async () => {
    const others = await db.kpis.where('roadmapId').equals(roadmapId).toArray();
    const kpi = kpiSchema.parse({
      ...kpiFieldsSchema.parse(fields),
      ...stamp(roadmapId),
      position: others.reduce((next, other) => Math.max(next, other.position + 1), 0),
    });
    await db.kpis.add(kpi);
    return kpi;
  });
}

/**
 * Changes the given fields of a KPI (the others stay as stored, whoever changed them last) and
 * validates the whole KPI; an invalid change throws and leaves the KPI as it was.
 */
export function updateKpi(
  roadmapId: string,
  kpiId: string,
  fields: Partial<KpiFields>,
): Promise<Kpi> {
  return writeKpis(roadmapId, async () => {
    const existing = await existingKpi(roadmapId, kpiId);
    const kpi = kpiSchema.parse({
      ...existing,
      ...kpiFieldsSchema.partial().parse(fields),
      updatedAt: nowIso(),
    });
    await db.kpis.put(kpi);
    return kpi;
  });
}

/** A deleted KPI with its values and the touchpoints that pointed at it. */
export interface RemovedKpi {
  kpi: Kpi;
  measurements: Measurement[];
  touchpoints: Touchpoint[];
}

/** Removes a KPI, its values, and its links from touchpoints, in one transaction. */
export function deleteKpi(roadmapId: string, kpiId: string): Promise<RemovedKpi> {
  return writeKpis(roadmapId, async () => {
    const kpi = await existingKpi(roadmapId, kpiId);
    const measurements = await db.measurements.where('kpiId').equals(kpiId).toArray();
    const touchpoints = (
      await db.touchpoints.where('roadmapId').equals(roadmapId).toArray()
    ).filter((touchpoint) => touchpoint.kpiId === kpiId);
    const now = nowIso();
    await db.touchpoints.bulkPut(
      touchpoints.map((touchpoint) => ({ ...touchpoint, kpiId: null, updatedAt: now })),
    );
    await db.measurements.where('kpiId').equals(kpiId).delete();
    await db.kpis.delete(kpiId);
    return { kpi, measurements, touchpoints };
  });
}

export interface MeasurementInput {
  date: string;
  value: number;
  note?: string;
}

/** The new value and, when the date already had one, the value it replaced. */
export interface SavedMeasurement {
  measurement: Measurement;
  replaced: Measurement | null;
}

/** Adds a value; a KPI has one value per date, so a value on a taken date replaces it. */
export function addMeasurement(
  roadmapId: string,
  kpiId: string,
  input: MeasurementInput,
): Promise<SavedMeasurement> {
  return writeKpis(roadmapId, async () => {
    await existingKpi(roadmapId, kpiId);
    const replaced = (await db.measurements.get({ kpiId, date: input.date })) ?? null;
    const measurement = measurementSchema.parse({
      ...stamp(roadmapId),
      ...(replaced ? { id: replaced.id, createdAt: replaced.createdAt } : {}),
      kpiId,
      date: input.date,
      value: input.value,
      note: input.note ?? replaced?.note ?? '',
    });
    await db.measurements.put(measurement);
    return { measurement, replaced };
  });
}

/**
 * Changes the given parts of a value (date, number, note), the others stay as stored; moving it
 * onto a taken date is refused.
 */
export function updateMeasurement(
  roadmapId: string,
  measurementId: string,
  input: Partial<MeasurementInput>,
): Promise<Measurement> {
  return writeKpis(roadmapId, async () => {
    const existing = await db.measurements.get(measurementId);
    if (!existing || existing.roadmapId !== roadmapId)
      throw new Error(`Value ${measurementId} does not exist`);
    const date = input.date ?? existing.date;
    const clash = await db.measurements.get({ kpiId: existing.kpiId, date });
    if (clash && clash.id !== measurementId) throw new DateTakenError(date);
    const measurement = measurementSchema.parse({
      ...existing,
      date,
      value: input.value ?? existing.value,
      note: input.note ?? existing.note,
      updatedAt: nowIso(),
    });
    await db.measurements.put(measurement);
    return measurement;
  });
}

export function deleteMeasurement(roadmapId: string, measurementId: string): Promise<Measurement> {
  return writeKpis(roadmapId, async () => {
    const existing = await db.measurements.get(measurementId);
    if (!existing || existing.roadmapId !== roadmapId)
      throw new Error(`Value ${measurementId} does not exist`);
    await db.measurements.delete(measurementId);
    return existing;
  });
}

export interface ImportSummary {
  added: number;
  replaced: number;
}

/**
 * Writes many values of one KPI in one transaction: every row is validated first, values on
 * dates that already have one replace them, and if anything fails nothing is stored.
 */
export function importMeasurements(
  roadmapId: string,
  kpiId: string,
  values: readonly MeasurementInput[],
): Promise<ImportSummary> {
  return writeKpis(roadmapId, async () => {
    await existingKpi(roadmapId, kpiId);
    const existing = new Map(
      (await db.measurements.where('kpiId').equals(kpiId).toArray()).map((row) => [row.date, row]),
    );
    let replaced = 0;
    const rows = values.map((input) => {
      const before = existing.get(input.date);
      if (before) replaced += 1;
      return measurementSchema.parse({
        ...stamp(roadmapId),
        ...(before ? { id: before.id, createdAt: before.createdAt, note: before.note } : {}),
        kpiId,
        date: input.date,
        value: input.value,
        note: input.note ?? before?.note ?? '',
      });
    });
    await db.measurements.bulkPut(rows);
    return { added: rows.length - replaced, replaced };
  });
}
