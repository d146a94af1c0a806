import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { renderWithProviders, resetForComponentTest, seedRoadmap } from '../../../test/render';
import { getGoals } from '../api/goals-repository';
import { GoalsStage } from './goals-stage';

beforeEach(resetForComponentTest);

async function openEditor(roadmapId: string) {
  const view = renderWithProviders(<GoalsStage roadmapId={roadmapId} />);
  await view.user.click(await screen.findByRole('button', { name: 'Edit “Goal 1”' }));
  const editor = within(await screen.findByRole('form', { name: /Goal 1/ }));
  return { ...view, editor };
}

describe('the goal editor', () => {
  it('saves a changed field by itself and says so', async () => {
    const roadmapId = await seedRoadmap({ goals: 2 });
    const { user, editor } = await openEditor(roadmapId);
    const owner = editor.getByLabelText('Owner');
    await user.clear(owner);
    await user.type(owner, 'Ada');

    expect(await editor.findByText('Saved')).toBeInTheDocument();
    await waitFor(async () => {
      const goals = await getGoals(roadmapId);
      expect(goals.find((goal) => goal.title === 'Goal 1')?.owner).toBe('Ada');
    });
  });

  it('explains an invalid target next to the field and writes nothing', async () => {
    const roadmapId = await seedRoadmap({ goals: 1 });
    const { user, editor } = await openEditor(roadmapId);
    const target = editor.getByLabelText(/^Target/);
    // Typing after the stored 80; clearing first would be valid (a target may be left empty).
    await user.type(target, 'x');

    expect(await editor.findByText('Nothing was saved.')).toBeInTheDocument();
    expect(target).toHaveAccessibleDescription(/number/i);
    const [goal] = await getGoals(roadmapId);
    expect(goal?.target).toBe(80);
  });

  it('keeps another tab’s edit of a field it has not changed, while its own field has focus', async () => {
    const roadmapId = await seedRoadmap({ goals: 1 });
    const { user, editor, queryClient } = await openEditor(roadmapId);
    const unit = editor.getByLabelText('Unit');
    await user.click(unit);
    // Another tab changes the owner; this tab reads it while the focus stays in its form.
    const [goal] = await getGoals(roadmapId);
    await db.goals.update(goal!.id, { owner: 'Finance team' });
    await queryClient.refetchQueries();

    await user.type(unit, 's');
    expect(await editor.findByText('Saved')).toBeInTheDocument();
    await waitFor(async () => {
      const [saved] = await getGoals(roadmapId);
      expect(saved?.unit).toBe(`${goal!.unit}s`);
      expect(saved?.owner).toBe('Finance team');
    });
  });
});
