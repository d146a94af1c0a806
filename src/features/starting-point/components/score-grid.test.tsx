import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders, resetForComponentTest, seedRoadmap } from '../../../test/render';
import { getStartingPoint } from '../api/starting-point-repository';
import { StartingPointStage } from './starting-point-stage';

beforeEach(resetForComponentTest);

/** The own company's digital score as stored, for the only assessor. */
async function ownDigitalScore(roadmapId: string): Promise<number | undefined> {
  const { subjects, scores } = await getStartingPoint(roadmapId);
  const own = subjects.find((subject) => subject.kind === 'own');
  return scores.find((score) => score.subjectId === own?.id && score.theme === 'digital')?.value;
}

describe('a stage 1 score cell', () => {
  it('stores the score typed on it and shows it', async () => {
    const roadmapId = await seedRoadmap({ competitors: 1, assessors: 1 });
    const before = await ownDigitalScore(roadmapId);
    const next = before === 4 ? 2 : 4;
    const { user } = renderWithProviders(<StartingPointStage roadmapId={roadmapId} />);
    const cell = await screen.findByRole('gridcell', { name: /^Company 1, Digital channels: / });
    await user.click(cell);
    await user.keyboard(String(next));

    await waitFor(() => expect(cell).toHaveTextContent(String(next)));
    // A screen reader reads the focused cell's name: it says the score too, and the room's
    // result shown under it (one assessor here).
    expect(cell).toHaveAccessibleName(
      `Company 1, Digital channels: ${next}. Room: ${next}.0 (range ${next}–${next}, 1 scored)`,
    );
    await waitFor(async () => expect(await ownDigitalScore(roadmapId)).toBe(next));
  });

  it('ignores a key outside 1-5 and writes nothing', async () => {
    const roadmapId = await seedRoadmap({ competitors: 1, assessors: 1 });
    const before = await ownDigitalScore(roadmapId);
    const { user } = renderWithProviders(<StartingPointStage roadmapId={roadmapId} />);
    const cell = await screen.findByRole('gridcell', { name: /^Company 1, Digital channels: / });
    await user.click(cell);
    await user.keyboard('7');

    expect(cell).toHaveTextContent(String(before));
    expect(await ownDigitalScore(roadmapId)).toBe(before);
  });
});
