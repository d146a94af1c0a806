import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { GoalsStage } from '../features/goals/components/goals-stage';
import { getGoals } from '../features/goals/api/goals-repository';
import { renderWithProviders, resetForComponentTest, seedRoadmap } from '../test/render';
import { HistoryControls } from './history-controls';

beforeEach(resetForComponentTest);

async function ownerOf(roadmapId: string, title: string) {
  return (await getGoals(roadmapId)).find((goal) => goal.title === title)?.owner;
}

/** The goals stage with the roadmap header's Undo and Redo, as the app shows them. */
async function editOwner(roadmapId: string, owner: string) {
  const view = renderWithProviders(
    <>
      <HistoryControls roadmapId={roadmapId} />
      <GoalsStage roadmapId={roadmapId} />
    </>,
  );
  await view.user.click(await screen.findByRole('button', { name: 'Edit “Goal 1”' }));
  const editor = within(await screen.findByRole('form', { name: /Goal 1/ }));
  const field = editor.getByLabelText('Owner');
  await view.user.type(field, owner);
  await waitFor(async () => expect(await ownerOf(roadmapId, 'Goal 1')).toBe(owner));
  const history = within(screen.getByRole('group', { name: 'Undo' }));
  return { ...view, field, history };
}

describe('the roadmap header’s Undo and Redo', () => {
  it('take back a typed field as one step, say what they will do, and put it again', async () => {
    const roadmapId = await seedRoadmap({ goals: 1 });
    const { user, field, history } = await editOwner(roadmapId, 'Ada');
    const undo = history.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveAccessibleDescription(/^Undo .*Goal 1/));

    await user.click(undo);
    // Three key presses were one burst of typing: one undo takes all of it back.
    await waitFor(async () => expect(await ownerOf(roadmapId, 'Goal 1')).toBe(''));
    await waitFor(() => expect(field).toHaveValue(''));
    expect(await screen.findByText(/^Undone:/)).toBeInTheDocument();

    const redo = history.getByRole('button', { name: 'Redo' });
    await waitFor(() => expect(redo).toBeEnabled());
    await user.click(redo);
    await waitFor(async () => expect(await ownerOf(roadmapId, 'Goal 1')).toBe('Ada'));
    await waitFor(() => expect(field).toHaveValue('Ada'));
  });

  it('answer Ctrl+Z outside a text field, and leave it to the field inside one', async () => {
    const roadmapId = await seedRoadmap({ goals: 1 });
    const { user, field, history } = await editOwner(roadmapId, 'Bo');
    const undo = history.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toBeEnabled());

    // In the field, Ctrl+Z is the field's own: the stored goal stays as typed.
    field.focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(await ownerOf(roadmapId, 'Goal 1')).toBe('Bo');

    undo.focus();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await ownerOf(roadmapId, 'Goal 1')).toBe(''));
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(async () => expect(await ownerOf(roadmapId, 'Goal 1')).toBe('Bo'));
  });

  it('are off on a roadmap with nothing to take back', async () => {
    const roadmapId = await seedRoadmap({ goals: 1 });
    renderWithProviders(<HistoryControls roadmapId={roadmapId} />);
    const history = within(screen.getByRole('group', { name: 'Undo' }));
    expect(history.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(history.getByRole('button', { name: 'Redo' })).toBeDisabled();
  });
});
