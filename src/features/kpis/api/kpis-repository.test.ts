import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { makeRoadmapFile } from '../../../test/generators';
import { resetDatabase } from '../../../test/reset-database';
import { createGoal } from '../../goals/api/goals-repository';
import { createRoadmap, importRoadmapFile } from '../../roadmaps/api/roadmaps-repository';
import { redo, undo } from '../../../core/write/history';
import { DateTakenError } from '../model/date-taken-error';
import type { KpiFields } from '../model/kpi';
import { deleteKpiWrite, deleteMeasurementWrite, updateKpiWrite } from './kpis-queries';
import {
  addMeasurement,
  createKpi,
  getKpisDashboard,
  getMeasurements,
  importMeasurements,
  recentValueCount,
  updateKpi,
  updateMeasurement,
} from './kpis-repository';

let roadmapId = '';
const progress = async () => (await db.roadmaps.get(roadmapId))?.progress.kpis;

const fields = (overrides: Partial<KpiFields> = {}): KpiFields => ({
  catalogKey: 'csat',
  name: 'CSAT',
  definition: '',
  unit: '%',
  direction: 'higher',
  goalIds: [],
  channelIds: [],
  baseline: null,
  baselineDate: null,
  target: null,
  targetDate: null,
  frequency: 'monthly',
  source: '',
  owner: '',
  ...overrides,
});

const goalFields = {
  catalogKey: null,
  title: 'Happier customers',
  description: '',
  direction: 'increase' as const,
  baseline: null,
  target: null,
  unit: '',
  startDate: '',
  deadline: '',
  benefit: 'They stay',
  priority: 'high' as const,
  owner: '',
};

beforeEach(async () => {
  await resetDatabase();
  roadmapId = (
    await createRoadmap({ name: 'R', company: 'Acme', workshopDate: '', author: '', notes: '' })
  ).id;
});

describe('KPIs repository', () => {
  it('is done only when every goal has a KPI with a baseline and a target', async () => {
    const goalA = await createGoal(roadmapId, goalFields);
    const goalB = await createGoal(roadmapId, { ...goalFields, title: 'Fewer calls' });
    expect(await progress()).toBeUndefined();
    const kpi = await createKpi(roadmapId, fields({ goalIds: [goalA.id] }));
    expect(await progress()).toBe('in-progress');
    await updateKpi(roadmapId, kpi.id, fields({ goalIds: [goalA.id, goalB.id], baseline: 70 }));
    expect(await progress()).toBe('in-progress');
    await updateKpi(
      roadmapId,
      kpi.id,
      fields({ goalIds: [goalA.id, goalB.id], baseline: 70, target: 80 }),
    );
    expect(await progress()).toBe('done');
  });

  it('refuses an invalid KPI and writes nothing', async () => {
    await expect(createKpi(roadmapId, fields({ name: '  ' }))).rejects.toThrow();
    expect(await db.kpis.count()).toBe(0);
    const kpi = await createKpi(roadmapId, fields());
    await expect(updateKpi(roadmapId, kpi.id, fields({ baseline: Number.NaN }))).rejects.toThrow();
    expect((await db.kpis.get(kpi.id))?.baseline).toBeNull();
  });

  it('keeps one value per date: adding on a taken date replaces it and says so', async () => {
    const kpi = await createKpi(roadmapId, fields());
    const first = await addMeasurement(roadmapId, kpi.id, { date: '2026-01-31', value: 70 });
    expect(first.replaced).toBeNull();
    const second = await addMeasurement(roadmapId, kpi.id, { date: '2026-01-31', value: 72 });
    expect(second.replaced?.value).toBe(70);
    expect(second.measurement.id).toBe(first.measurement.id);
    expect((await getMeasurements(kpi.id)).map(({ value }) => value)).toEqual([72]);
  });

  it('refuses to move a value onto a date that has one, and restores a deleted value', async () => {
    const kpi = await createKpi(roadmapId, fields());
    await addMeasurement(roadmapId, kpi.id, { date: '2026-01-31', value: 70 });
    const { measurement } = await addMeasurement(roadmapId, kpi.id, {
      date: '2026-02-28',
      value: 71,
    });
    await expect(
      updateMeasurement(roadmapId, measurement.id, { date: '2026-01-31', value: 71 }),
    ).rejects.toBeInstanceOf(DateTakenError);
    await updateMeasurement(roadmapId, measurement.id, { date: '2026-03-31', value: 74 });
    await deleteMeasurementWrite.perform(roadmapId, measurement.id);
    expect((await getMeasurements(kpi.id)).map(({ date }) => date)).toEqual(['2026-01-31']);
    await undo(roadmapId);
    expect((await getMeasurements(kpi.id)).map(({ date, value }) => [date, value])).toEqual([
      ['2026-01-31', 70],
      ['2026-03-31', 74],
    ]);
  });

  it('imports many values in one go, replacing taken dates, or nothing if one is bad', async () => {
    const kpi = await createKpi(roadmapId, fields());
    await addMeasurement(roadmapId, kpi.id, { date: '2026-01-31', value: 70 });
    const summary = await importMeasurements(roadmapId, kpi.id, [
      { date: '2026-01-31', value: 71 },
      { date: '2026-02-28', value: 72 },
    ]);
    expect(summary).toEqual({ added: 1, replaced: 1 });
    await expect(
      importMeasurements(roadmapId, kpi.id, [
        { date: '2026-03-31', value: 73 },
        { date: 'not a date', value: 74 },
      ]),
    ).rejects.toThrow();
    expect((await getMeasurements(kpi.id)).map(({ value }) => value)).toEqual([71, 72]);
  });

  it('deletes a KPI with its values, unlinks touchpoints, and undo puts all of it back', async () => {
    const file = makeRoadmapFile(7, {
      goals: 2,
      channels: 2,
      kpis: 2,
      actualsPerKpi: 5,
      phases: 2,
      touchpoints: 6,
    });
    const imported = await importRoadmapFile(file);
    roadmapId = imported.id;
    const [kpi] = await db.kpis.where('roadmapId').equals(roadmapId).sortBy('position');
    const linked = (await db.touchpoints.where('roadmapId').equals(roadmapId).toArray()).filter(
      (touchpoint) => touchpoint.kpiId === kpi!.id,
    );
    expect(linked.length).toBeGreaterThan(0);

    await deleteKpiWrite.perform(roadmapId, kpi!.id);
    expect(await db.kpis.get(kpi!.id)).toBeUndefined();
    expect(await db.measurements.where('kpiId').equals(kpi!.id).count()).toBe(0);
    for (const touchpoint of linked)
      expect((await db.touchpoints.get(touchpoint.id))?.kpiId).toBeNull();
    expect(await progress()).toBe('in-progress');

    await undo(roadmapId);
    expect(await db.kpis.get(kpi!.id)).toEqual({ ...kpi, updatedAt: expect.any(String) });
    expect(await db.measurements.where('kpiId').equals(kpi!.id).count()).toBe(5);
    for (const touchpoint of linked)
      expect((await db.touchpoints.get(touchpoint.id))?.kpiId).toBe(kpi!.id);
    expect(await progress()).toBe('done');
  });

  it('changes only the given fields, so two tabs editing different fields both keep theirs', async () => {
    const kpi = await createKpi(roadmapId, fields());
    await updateKpi(roadmapId, kpi.id, { owner: 'Tab one' });
    await updateKpi(roadmapId, kpi.id, { unit: 'pts' });
    expect(await db.kpis.get(kpi.id)).toMatchObject({
      owner: 'Tab one',
      unit: 'pts',
      name: 'CSAT',
    });
    const { measurement } = await addMeasurement(roadmapId, kpi.id, {
      date: '2026-01-31',
      value: 70,
    });
    await updateMeasurement(roadmapId, measurement.id, { value: 75 });
    expect(await db.measurements.get(measurement.id)).toMatchObject({
      date: '2026-01-31',
      value: 75,
    });
  });

  it('undoes and redoes an edit and a removal of a KPI, values and links included', async () => {
    const goal = await createGoal(roadmapId, goalFields);
    const kpi = await createKpi(roadmapId, fields({ goalIds: [goal.id], baseline: 70 }));
    await addMeasurement(roadmapId, kpi.id, { date: '2026-01-31', value: 71 });
    await updateKpiWrite.perform(roadmapId, { kpiId: kpi.id, fields: { target: 80 } });
    expect(await progress()).toBe('done');

    await undo(roadmapId);
    expect((await db.kpis.get(kpi.id))?.target).toBeNull();
    expect(await progress()).toBe('in-progress');
    await redo(roadmapId);
    expect((await db.kpis.get(kpi.id))?.target).toBe(80);
    expect(await progress()).toBe('done');

    await deleteKpiWrite.perform(roadmapId, kpi.id);
    expect(await db.kpis.count()).toBe(0);
    expect(await db.measurements.count()).toBe(0);
    await undo(roadmapId);
    expect(await db.kpis.get(kpi.id)).toMatchObject({ name: 'CSAT', target: 80 });
    expect((await getMeasurements(kpi.id)).map(({ value }) => value)).toEqual([71]);
    await redo(roadmapId);
    expect(await db.kpis.get(kpi.id)).toBeUndefined();
    expect(await db.measurements.where('kpiId').equals(kpi.id).count()).toBe(0);
  });

  it('reads for the dashboard only the latest values of each KPI, oldest first', async () => {
    const imported = await importRoadmapFile(
      makeRoadmapFile(3, { goals: 2, kpis: 3, actualsPerKpi: 40 }),
    );
    const dashboard = await getKpisDashboard(imported.id);
    expect(dashboard.kpis).toHaveLength(3);
    expect(dashboard.goals).toHaveLength(2);
    for (const kpi of dashboard.kpis) {
      const recent = dashboard.recent[kpi.id]!;
      expect(recent).toHaveLength(recentValueCount);
      const all = await getMeasurements(kpi.id);
      expect(recent.at(-1)).toEqual({ date: all.at(-1)!.date, value: all.at(-1)!.value });
      expect(recent.map(({ date }) => date)).toEqual(
        all.slice(-recentValueCount).map(({ date }) => date),
      );
    }
  });
});
