import { expect, test } from './fixtures';
import type { LibraryPage } from './pages/library-page';
import type { RoadmapPage } from './pages/roadmap-page';
import { reloadWhenSaved } from './support/reload';

/** Creates a roadmap with notes on its first stage, then returns to the library. */
async function roadmapWithNotes(
  library: LibraryPage,
  roadmap: RoadmapPage,
  name: string,
  notes: string,
) {
  await library.open();
  await library.createRoadmap({ name });
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  await roadmap.writeNotes(notes);
  await library.open();
  await expect(library.roadmapLink(name)).toBeVisible();
}

test('renaming a roadmap changes its name in the library and on its pages', async ({
  library,
  roadmap,
  page,
}) => {
  await library.open();
  await library.createRoadmap({ name: 'Digital service 2027', company: 'Acme' });
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  await library.open();

  await library.rename('Digital service 2027', 'Digital service 2028');

  await expect(library.roadmapLink('Digital service 2028')).toBeVisible();
  await expect(library.roadmapLink('Digital service 2027')).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Acme' })).toBeVisible();

  await reloadWhenSaved(page);
  await expect(library.roadmapLink('Digital service 2028')).toBeVisible();
  await expect(library.roadmapLinks()).toHaveCount(1);
  await library.roadmapLink('Digital service 2028').click();
  await expect(page.getByText('Digital service 2028', { exact: true })).toBeVisible();
});

test('cancelling the rename dialog keeps the old name', async ({ library, roadmap, page }) => {
  await library.open();
  await library.createRoadmap({ name: 'Keep me' });
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  await library.open();

  await library.actionsFor('Keep me').getByRole('button', { name: 'Rename' }).click();
  const dialog = page.getByRole('dialog', { name: 'Roadmap details' });
  await dialog.getByLabel('Name', { exact: true }).fill('Changed my mind');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(library.roadmapLink('Keep me')).toBeVisible();
  await expect(library.roadmapLink('Changed my mind')).toHaveCount(0);
});

test('duplicating a roadmap creates a copy with the same stage notes', async ({
  library,
  roadmap,
  page,
}) => {
  await roadmapWithNotes(library, roadmap, 'Original', 'Competitors answer within the hour.');

  await library.duplicate('Original');

  await expect(library.roadmapLink('Original (copy)')).toBeVisible();
  await expect(library.toast('Copy created: “Original (copy)”.')).toBeVisible();
  await expect(library.roadmapLinks()).toHaveCount(2);

  await library.roadmapLink('Original (copy)').click();
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  await expect(page.getByText('Original (copy)', { exact: true })).toBeVisible();
  await expect(roadmap.notes).toHaveValue('Competitors answer within the hour.');
  await expect(roadmap.stageLink('Starting point')).toContainText('in progress');

  // The copy is independent: editing it leaves the original alone.
  await roadmap.writeNotes('Only in the copy.');
  await library.open();
  await library.roadmapLink('Original').click();
  await expect(roadmap.notes).toHaveValue('Competitors answer within the hour.');
});

test('deleting asks for confirmation, and undo brings the roadmap back with its notes', async ({
  library,
  roadmap,
  page,
}) => {
  await roadmapWithNotes(library, roadmap, 'Doomed', 'Notes worth keeping.');

  // Cancelling the confirmation deletes nothing.
  await library.actionsFor('Doomed').getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Doomed”?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(library.roadmapLink('Doomed')).toBeVisible();

  await library.delete('Doomed');
  await expect(library.roadmapLink('Doomed')).toHaveCount(0);
  const toast = library.toast('“Doomed” deleted.');
  await expect(toast).toBeVisible();

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(library.roadmapLink('Doomed')).toBeVisible();
  await expect(library.toast('“Doomed” restored.')).toBeVisible();

  await reloadWhenSaved(page);
  await library.roadmapLink('Doomed').click();
  await expect(roadmap.notes).toHaveValue('Notes worth keeping.');
});

test('a roadmap deleted without undo stays gone after a reload', async ({
  library,
  roadmap,
  page,
}) => {
  await roadmapWithNotes(library, roadmap, 'Gone for good', 'Soon forgotten.');
  await library.createRoadmap({ name: 'Survivor' });
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  await library.open();
  await expect(library.roadmapLinks()).toHaveCount(2);

  await library.delete('Gone for good');
  await expect(library.roadmapLink('Gone for good')).toHaveCount(0);

  await reloadWhenSaved(page);
  await expect(library.heading).toBeVisible();
  await expect(library.roadmapLink('Survivor')).toBeVisible();
  await expect(library.roadmapLink('Gone for good')).toHaveCount(0);
  await expect(library.roadmapLinks()).toHaveCount(1);

  await library.delete('Survivor');
  await reloadWhenSaved(page);
  await expect(library.emptyIntro()).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('a toast sits in the bottom right-hand corner, clear of the header and the page’s controls', async ({
  library,
  roadmap,
  page,
}) => {
  await roadmapWithNotes(library, roadmap, 'Original', 'Notes.');
  await library.duplicate('Original');
  const toast = library.toast('Copy created: “Original (copy)”.');
  await expect(toast).toBeVisible();

  const viewport = page.viewportSize();
  const box = await toast.boundingBox();
  const header = await page.getByRole('banner').boundingBox();
  if (!viewport || !box || !header) throw new Error('Nothing to measure');
  expect(box.x + box.width).toBeGreaterThan(viewport.width - 40);
  expect(box.x).toBeGreaterThan(viewport.width / 2);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.y).toBeGreaterThan(header.y + header.height);
  for (const control of [library.heading, library.newRoadmapButton, library.sampleButton]) {
    const other = await control.boundingBox();
    if (!other) throw new Error('A control is not shown');
    const overlaps =
      box.x < other.x + other.width &&
      other.x < box.x + box.width &&
      box.y < other.y + other.height &&
      other.y < box.y + box.height;
    expect(overlaps).toBe(false);
  }
});
