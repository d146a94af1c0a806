import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { kpiQueries } from '../features/kpis/api/kpis-queries';
import { getRoadmap } from '../features/roadmaps/api/roadmap-reads';
import { renderWithProviders, resetForComponentTest, seedRoadmap } from '../test/render';
import { StageStepper } from './stage-stepper';

beforeEach(resetForComponentTest);

/** The stepper as the roadmap page shows it, with the query cache it loads stages into. */
async function renderStepper() {
  const roadmapId = await seedRoadmap({ goals: 2, kpis: 3, actualsPerKpi: 4 });
  const roadmap = await getRoadmap(roadmapId);
  if (!roadmap) throw new Error('the seeded roadmap is missing');
  const client: { current?: QueryClient } = {};
  function CacheProbe() {
    client.current = useQueryClient();
    return null;
  }
  const view = renderWithProviders(
    <>
      <CacheProbe />
      <StageStepper roadmap={roadmap} />
    </>,
  );
  const kpisStep = screen.getByRole('link', { name: /^KPIs and monitoring/ });
  const dashboard = () => client.current?.getQueryData(kpiQueries.dashboard(roadmapId).queryKey);
  return { ...view, kpisStep, dashboard };
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('the stage stepper', () => {
  it('loads a stage’s data when the pointer rests on its step', async () => {
    const { kpisStep, dashboard } = await renderStepper();
    expect(dashboard()).toBeUndefined();
    fireEvent.pointerEnter(kpisStep);
    await waitFor(() => expect(dashboard()).toMatchObject({ kpis: expect.any(Array) }));
  });

  it('loads nothing for a step the pointer only passes over', async () => {
    const { kpisStep, dashboard } = await renderStepper();
    fireEvent.pointerEnter(kpisStep);
    fireEvent.pointerLeave(kpisStep);
    await pause(300);
    expect(dashboard()).toBeUndefined();
  });

  it('loads a stage’s data when the keyboard focus rests on its step', async () => {
    const { kpisStep, dashboard } = await renderStepper();
    kpisStep.focus();
    await waitFor(() => expect(dashboard()).toBeDefined());
  });

  it('loads a stage’s data at once when its step is pressed', async () => {
    const { kpisStep, dashboard } = await renderStepper();
    // The pointer leaves straight away, so only the press can have started the load.
    fireEvent.pointerEnter(kpisStep);
    fireEvent.pointerLeave(kpisStep);
    fireEvent.pointerDown(kpisStep);
    await waitFor(() => expect(dashboard()).toBeDefined());
  });
});
