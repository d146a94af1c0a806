import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { newId } from '../../../lib/ids';
import { renderWithProviders, resetForComponentTest, seedRoadmap } from '../../../test/render';
import { GoalsStage } from '../../goals/components/goals-stage';

beforeEach(resetForComponentTest);

const dotsOf = async (roadmapId: string) =>
  (await db.goalVotes.where('roadmapId').equals(roadmapId).toArray()).reduce(
    (total, vote) => total + vote.dots,
    0,
  );

async function openVote() {
  const roadmapId = await seedRoadmap({ goals: 3 });
  const view = renderWithProviders(<GoalsStage roadmapId={roadmapId} />);
  const panel = within(
    await screen.findByRole('region', { name: 'Dot-vote: which goals matter most?' }),
  );
  return { ...view, roadmapId, panel };
}

describe('the dot-vote', () => {
  it('counts the room’s dots with the option’s number key and shows them sorted, with numbers', async () => {
    const { user, roadmapId, panel } = await openVote();
    // Nothing recorded yet: the tools are open and say how the vote works.
    expect(await panel.findByText(/No dots yet/)).toBeInTheDocument();
    await user.click(await panel.findByRole('button', { name: 'Add a dot to Goal 1' }));
    await waitFor(async () => expect(await dotsOf(roadmapId)).toBe(1));
    await user.keyboard('333');
    await user.keyboard('{Shift>}3{/Shift}');
    await waitFor(async () => expect(await dotsOf(roadmapId)).toBe(3));
    expect(await panel.findByText('3 dots counted in the room')).toBeInTheDocument();

    const bars = within(panel.getByRole('list', { name: 'Dots per option, most first' }));
    const rows = bars.getAllByRole('listitem').map((item) => item.textContent);
    expect(rows).toEqual(['1Goal 32 dots', '2Goal 11 dot', '3Goal 20 dots']);
    expect(panel.getByRole('status', { name: 'The room’s dots on Goal 3' })).toHaveTextContent('2');
  });

  it('records one person’s dots, refuses more than each person has, and lists who voted', async () => {
    const { user, roadmapId, panel } = await openVote();
    await user.type(await panel.findByLabelText('Name'), 'Anna');
    await user.type(panel.getByLabelText('Dots on Goal 1'), '3');
    await user.type(panel.getByLabelText('Dots on Goal 2'), '1');
    await user.click(panel.getByRole('button', { name: 'Save dots' }));
    expect(await panel.findByRole('alert')).toHaveTextContent('That is 4 dots: each person has 3.');
    expect(await dotsOf(roadmapId)).toBe(0);

    await user.clear(panel.getByLabelText('Dots on Goal 2'));
    await user.type(panel.getByLabelText('Dots on Goal 2'), 'x{Enter}');
    expect(panel.getByLabelText('Dots on Goal 2')).toHaveAccessibleDescription(/number/i);
    await user.clear(panel.getByLabelText('Dots on Goal 2'));
    await user.type(panel.getByLabelText('Dots on Goal 1'), '{Backspace}2{Enter}');
    await waitFor(async () => expect(await dotsOf(roadmapId)).toBe(2));
    expect(await panel.findByText('Anna: 2 dots')).toBeInTheDocument();
    expect(panel.getByText('2 dots from 1 person')).toBeInTheDocument();
    expect(panel.getByLabelText('Name')).toHaveValue('');

    await user.click(panel.getByRole('button', { name: 'Edit the dots of Anna' }));
    expect(panel.getByLabelText('Name')).toHaveValue('Anna');
    expect(panel.getByLabelText('Dots on Goal 1')).toHaveValue('2');
  });

  it('says nothing of the dots until they are read: never “no dots yet” on a vote that has some', async () => {
    const roadmapId = await seedRoadmap({ goals: 3 });
    const goal = await db.goals.where('roadmapId').equals(roadmapId).first();
    const now = new Date().toISOString();
    await db.goalVotes.add({
      id: newId(),
      roadmapId,
      createdAt: now,
      updatedAt: now,
      voter: '',
      optionId: goal!.id,
      dots: 2,
    });
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(document.body.textContent ?? ''));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    renderWithProviders(<GoalsStage roadmapId={roadmapId} />);
    expect(await screen.findByText('2 dots counted in the room')).toBeInTheDocument();
    observer.disconnect();
    expect(texts.some((text) => text.includes('Goal 1'))).toBe(true);
    expect(texts.filter((text) => text.includes('No dots yet'))).toEqual([]);
  });
});
