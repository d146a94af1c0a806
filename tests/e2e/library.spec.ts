import { expect, test } from './fixtures';
import { layoutShifts, watchLayoutShifts } from './support/layout-shifts';

test('the empty library explains Rotta and offers the three ways to start', async ({
  library,
  page,
}) => {
  await library.open();
  await expect(page.getByText('seven stages of a digital service roadmap')).toBeVisible();
  await expect(library.newRoadmapButton).toBeVisible();
  await expect(library.importButton).toBeVisible();
  await expect(library.sampleButton).toBeVisible();
});

test('creating a roadmap checks the name, then opens the first stage', async ({
  library,
  page,
}) => {
  await library.open();
  await library.newRoadmapButton.click();
  const dialog = page.getByRole('dialog', { name: 'New roadmap' });
  await dialog.getByRole('button', { name: 'Create roadmap' }).click();
  await expect(dialog.getByText('Please fill this in.')).toBeVisible();
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Name', { exact: true }).fill('Digital service 2027');
  await dialog.getByLabel('Company', { exact: true }).fill('Acme Assicurazioni');
  await dialog.getByRole('button', { name: 'Create roadmap' }).click();

  await expect(page).toHaveURL(/\/roadmaps\/[^/]+\/starting-point$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Starting point' })).toBeVisible();

  await page.goto('/');
  await expect(library.roadmapLink('Digital service 2027')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Acme Assicurazioni' })).toBeVisible();
});

test('the new-roadmap dialog opens with its form in it, in words, on a first visit', async ({
  library,
  page,
}) => {
  await library.open();
  // What the dialog holds at the moment it opens, before the browser paints it.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { dialogOnOpen: seen });
    new MutationObserver(() => {
      const dialog = document.querySelector('dialog[open]');
      if (dialog && seen.length === 0) seen.push(dialog.textContent ?? '');
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['open'] });
  });
  await library.newRoadmapButton.click();
  await expect(page.getByRole('dialog', { name: 'New roadmap' })).toBeVisible();
  const onOpen = await page.evaluate(
    () => (window as unknown as { dialogOnOpen: string[] }).dialogOnOpen[0] ?? '',
  );
  expect(onOpen).toContain('Workshop date');
  expect(onOpen).toContain('Create roadmap');
  // Strings still missing would show as their keys.
  expect(onOpen).not.toMatch(/\b(roadmapForm|dateField|validation)\./);
});

test.describe('on a phone-sized screen, where the header wraps', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('the library draws without moving anything as its list and storage line arrive, first visit included', async ({
    library,
    page,
  }) => {
    await watchLayoutShifts(page);
    // The very first visit: nothing remembered yet, not even whether storage is persistent.
    await library.open();
    await expect(page.getByRole('button', { name: 'Back up library' })).toBeVisible();
    await page.waitForTimeout(500);
    expect(await layoutShifts(page), 'layout shifts on the first visit').toEqual([]);
    await library.sampleButton.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Starting point' })).toBeVisible();
    for (let visit = 0; visit < 2; visit += 1) {
      await library.open();
      await expect(library.roadmapLinks()).toHaveCount(1);
      await expect(page.getByRole('button', { name: 'Back up library' })).toBeVisible();
      await page.waitForTimeout(500);
      const shifts = await layoutShifts(page);
      expect(shifts, `layout shifts on visit ${visit + 1}`).toEqual([]);
    }
  });
});
