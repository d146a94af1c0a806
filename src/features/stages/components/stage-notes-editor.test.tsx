import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders, resetForComponentTest, seedRoadmap } from '../../../test/render';
import { getStageNote, saveStageNote } from '../api/stage-notes';
import { StageNotesEditor } from './stage-notes-editor';

beforeEach(resetForComponentTest);

describe('the workshop notes editor', () => {
  it('saves what is typed by itself and says so', async () => {
    const roadmapId = await seedRoadmap({ notes: 0 });
    const { user } = renderWithProviders(<StageNotesEditor roadmapId={roadmapId} stage="kpis" />);
    const notes = await screen.findByLabelText('Workshop notes');
    await waitFor(() => expect(notes).toBeEnabled());
    await user.type(notes, 'Measure first contact resolution');

    expect(await screen.findByText('Saved')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await getStageNote(roadmapId, 'kpis'))?.text).toBe(
        'Measure first contact resolution',
      ),
    );
  });

  it('shows the stored notes of the stage', async () => {
    const roadmapId = await seedRoadmap({ notes: 0 });
    await saveStageNote(roadmapId, 'goals', 'Fewer calls first');
    renderWithProviders(<StageNotesEditor roadmapId={roadmapId} stage="goals" />);
    expect(await screen.findByDisplayValue('Fewer calls first')).toBeInTheDocument();
  });
});
