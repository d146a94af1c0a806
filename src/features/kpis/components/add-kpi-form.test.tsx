import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders, resetForComponentTest, seedRoadmap } from '../../../test/render';
import { getKpisDashboard } from '../api/kpis-repository';
import { KpisStage } from './kpis-stage';

beforeEach(resetForComponentTest);

describe('adding a KPI for a goal', () => {
  it('stores the fitting catalogue KPI with the goal’s plan, as changed before adding', async () => {
    const roadmapId = await seedRoadmap({ goals: 1 });
    const [goal] = (await getKpisDashboard(roadmapId)).goals;
    const { user } = renderWithProviders(<KpisStage roadmapId={roadmapId} />);
    await user.click(await screen.findByRole('button', { name: 'Add a KPI for it' }));
    const form = within(await screen.findByRole('form', { name: 'Add a KPI' }));
    const target = form.getByRole('textbox', { name: 'Target' });
    await user.clear(target);
    await user.type(target, '70');
    await user.click(form.getByRole('button', { name: 'Add this KPI' }));

    await waitFor(async () => expect((await getKpisDashboard(roadmapId)).kpis).toHaveLength(1));
    const [kpi] = (await getKpisDashboard(roadmapId)).kpis;
    expect(kpi).toMatchObject({
      catalogKey: 'contacts-per-channel',
      goalIds: [goal!.id],
      unit: goal!.unit,
      baseline: goal!.baseline,
      target: 70,
      targetDate: goal!.deadline,
      direction: 'lower',
    });
  });

  it('refuses a target that moves the wrong way, next to the field, and adds nothing', async () => {
    const roadmapId = await seedRoadmap({ goals: 1 });
    const { user } = renderWithProviders(<KpisStage roadmapId={roadmapId} />);
    await user.click(await screen.findByRole('button', { name: 'Add a KPI for it' }));
    const form = within(await screen.findByRole('form', { name: 'Add a KPI' }));
    const target = form.getByRole('textbox', { name: 'Target' });
    await user.clear(target);
    await user.type(target, '150');
    await user.click(form.getByRole('button', { name: 'Add this KPI' }));

    expect(
      await form.findByText('To decrease, the target must be below the baseline.'),
    ).toBeInTheDocument();
    expect((await getKpisDashboard(roadmapId)).kpis).toHaveLength(0);
  });
});
