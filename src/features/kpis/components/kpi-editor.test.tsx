import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders, resetForComponentTest, seedRoadmap } from '../../../test/render';
import { addMeasurement, getKpisDashboard, getMeasurements } from '../api/kpis-repository';
import { KpisStage } from './kpis-stage';

beforeEach(resetForComponentTest);

async function openKpi(roadmapId: string) {
  const view = renderWithProviders(<KpisStage roadmapId={roadmapId} />);
  await view.user.click(await screen.findByRole('button', { name: 'KPI 1' }));
  const editor = within(await screen.findByRole('form', { name: 'Details of KPI 1' }));
  const [kpi] = (await getKpisDashboard(roadmapId)).kpis;
  return { ...view, editor, kpiId: kpi!.id };
}

describe('the KPI editor', () => {
  it('saves a changed field by itself and says so', async () => {
    const roadmapId = await seedRoadmap({ goals: 1, kpis: 1 });
    const { user, editor } = await openKpi(roadmapId);
    await user.type(editor.getByLabelText('Owner'), 'Ada');

    expect(await editor.findByText('Saved')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await getKpisDashboard(roadmapId)).kpis[0]?.owner).toBe('Ada'),
    );
  });

  it('says an invalid target is not saved and writes nothing', async () => {
    const roadmapId = await seedRoadmap({ goals: 1, kpis: 1 });
    const { user, editor } = await openKpi(roadmapId);
    const target = editor.getByRole('textbox', { name: /^Target/ });
    await user.type(target, 'x');

    expect(await editor.findByText('Nothing was saved.')).toBeInTheDocument();
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect((await getKpisDashboard(roadmapId)).kpis[0]?.target).toBe(80);
  });
});

/** A KPI with two values in the past (generated values run to the end of 2026). */
async function seedKpiWithValues(): Promise<string> {
  const roadmapId = await seedRoadmap({ kpis: 1 });
  const [kpi] = (await getKpisDashboard(roadmapId)).kpis;
  await addMeasurement(roadmapId, kpi!.id, { date: '2025-05-01', value: 40 });
  await addMeasurement(roadmapId, kpi!.id, { date: '2025-06-01', value: 45 });
  return roadmapId;
}

describe('a KPI measurement row', () => {
  it('saves a corrected value by itself', async () => {
    const roadmapId = await seedKpiWithValues();
    const { user, kpiId } = await openKpi(roadmapId);
    const [newest] = await screen.findAllByRole('textbox', { name: /^Value on/ });
    await user.clear(newest!);
    await user.type(newest!, '61');

    const row = within(newest!.closest('tr')!);
    expect(await row.findByText('Saved')).toBeInTheDocument();
    await waitFor(async () => expect((await getMeasurements(kpiId)).at(-1)?.value).toBe(61));
  });

  it('explains a value that is not a number next to it and writes nothing', async () => {
    const roadmapId = await seedKpiWithValues();
    const { user, kpiId } = await openKpi(roadmapId);
    const before = (await getMeasurements(kpiId)).map((measurement) => measurement.value);
    const [newest] = await screen.findAllByRole('textbox', { name: /^Value on/ });
    await user.type(newest!, 'x');

    const row = within(newest!.closest('tr')!);
    expect(newest).toHaveAttribute('aria-invalid', 'true');
    expect(row.getByText(/number/i)).toBeInTheDocument();
    expect((await getMeasurements(kpiId)).map((measurement) => measurement.value)).toEqual(before);
  });
});
