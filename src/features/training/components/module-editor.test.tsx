import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders, resetForComponentTest, seedRoadmap } from '../../../test/render';
import { getTrainingData } from '../api/training-repository';
import { TrainingStage } from './training-stage';

beforeEach(resetForComponentTest);

async function openModule(roadmapId: string) {
  const view = renderWithProviders(<TrainingStage roadmapId={roadmapId} />);
  await view.user.click(await screen.findByRole('button', { name: 'Edit Module 1' }));
  const editor = within(await screen.findByRole('form', { name: 'Editing Module 1' }));
  return { ...view, editor };
}
const firstModule = async (roadmapId: string) =>
  (await getTrainingData(roadmapId)).modules.find((module) => module.title === 'Module 1');

describe('the training module editor', () => {
  it('saves a changed field by itself and says so', async () => {
    const roadmapId = await seedRoadmap({ roles: 1, people: 1, competencies: 2, modules: 1 });
    const { user, editor } = await openModule(roadmapId);
    const trainer = editor.getByLabelText('Trainer');
    await user.clear(trainer);
    await user.type(trainer, 'Ada');

    expect(await editor.findByText('Saved')).toBeInTheDocument();
    await waitFor(async () => expect((await firstModule(roadmapId))?.trainer).toBe('Ada'));
  });

  it('says an empty title is not saved, next to the field, and writes nothing', async () => {
    const roadmapId = await seedRoadmap({ roles: 1, people: 1, competencies: 2, modules: 1 });
    const { user, editor } = await openModule(roadmapId);
    const title = editor.getByLabelText(/^Title/);
    await user.clear(title);

    expect(await editor.findByText('Nothing was saved.')).toBeInTheDocument();
    expect(title).toHaveAccessibleDescription(/fill this in/i);
    expect((await firstModule(roadmapId))?.title).toBe('Module 1');
  });
});
