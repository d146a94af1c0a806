import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders, resetForComponentTest, seedRoadmap } from '../../../test/render';
import { StagePage } from './stage-page';

beforeEach(resetForComponentTest);

describe('the stage page', () => {
  it("carries its stage's scope class, which the stage's stylesheet is scoped under", async () => {
    const roadmapId = await seedRoadmap({ notes: 0 });
    renderWithProviders(<StagePage roadmapId={roadmapId} stage="go-live" />);
    const page = screen.getByRole('article');
    expect(page).toHaveClass('stage-page', 'stage-go-live');
    expect(await screen.findByLabelText('Workshop notes')).toBeInTheDocument();
  });
});
