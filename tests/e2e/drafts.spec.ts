import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { GoLivePage } from './pages/go-live-page';
import { SurveySavingsPage } from './pages/survey-savings-page';
import { appHasTakenOver, reloadApp } from './support/reload';

/**
 * Text typed just before a reload, a closed tab or a crash is kept: the draft journal holds every
 * edit from the key press on, and the next start stores it. These reload and close the page at
 * the moments a user might, without waiting for the save.
 */
async function openNewRoadmapNotes(
  page: Page,
  library: import('./pages/library-page').LibraryPage,
) {
  await library.open();
  await library.createRoadmap({ name: 'Drafts' });
  await expect(page.getByRole('heading', { level: 1, name: 'Starting point' })).toBeVisible();
}

for (const delayMs of [0, 50, 150]) {
  test(`notes typed ${delayMs} ms before a reload are kept`, async ({ page, library, roadmap }) => {
    await openNewRoadmapNotes(page, library);
    await roadmap.notes.click();
    await page.keyboard.type('Typed before reload.');
    await page.waitForTimeout(delayMs);
    await reloadApp(page);
    await expect(roadmap.notes).toHaveValue('Typed before reload.');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  });
}

test('notes typed just before a reload are in the field when the page first shows it', async ({
  page,
  library,
  roadmap,
}) => {
  await openNewRoadmapNotes(page, library);
  // What the notes field holds at the moment the app's page replaces the picture shown before its
  // code ran: the first thing the user sees of it.
  await page.addInitScript(() => {
    const seen = window as unknown as { notesWhenShown?: string };
    new MutationObserver((_, observer) => {
      if (document.readyState === 'loading' || document.getElementById('first-paint')) return;
      seen.notesWhenShown = document.querySelector<HTMLTextAreaElement>(
        '#root .stage-notes textarea',
      )?.value;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  for (const text of ['First reload.', 'Second reload.', 'Third reload.']) {
    await roadmap.notes.fill('');
    await roadmap.notes.click();
    await page.keyboard.type(text);
    await reloadApp(page);
    await expect(roadmap.notes).toHaveValue(text);
    const shown = await page.evaluate(() => (window as { notesWhenShown?: string }).notesWhenShown);
    expect(shown).toBe(text);
  }
});

for (const delayMs of [0, 100]) {
  test(`notes typed ${delayMs} ms before the tab is closed are kept`, async ({
    context,
    page,
    library,
    roadmap,
  }) => {
    await openNewRoadmapNotes(page, library);
    const url = page.url();
    await roadmap.notes.click();
    await page.keyboard.type('Typed before closing.');
    await page.waitForTimeout(delayMs);
    await page.close();
    const next = await context.newPage();
    await next.goto(url);
    await expect(next.getByLabel('Workshop notes')).toHaveValue('Typed before closing.');
  });
}

test('notes typed just before a tab is closed appear in a second tab that stays open', async ({
  context,
  page,
  library,
  roadmap,
}) => {
  await openNewRoadmapNotes(page, library);
  const second = await context.newPage();
  await second.goto(page.url());
  await appHasTakenOver(second);
  const secondNotes = second.getByLabel('Workshop notes');
  await expect(secondNotes).toHaveValue('');
  await roadmap.notes.click();
  await page.keyboard.type('Typed in the tab that closes.');
  await page.close();
  // No reload: the open tab stores what the closed one left, and shows it.
  await expect(secondNotes).toHaveValue('Typed in the tab that closes.');
  await reloadApp(second);
  await expect(secondNotes).toHaveValue('Typed in the tab that closes.');
});

test('an edit waiting to be saved counts as unsaved in the header', async ({
  page,
  library,
  roadmap,
}) => {
  await openNewRoadmapNotes(page, library);
  await roadmap.notes.click();
  await page.keyboard.type('A');
  const header = page.getByRole('banner').getByRole('status');
  await expect(header).toHaveText(/^Saving/);
  await expect(header).toHaveText('All changes saved');
});

/**
 * Every kind of self-saving field keeps what was typed when the page reloads at once: a form
 * (goal editor), a number in a table, a group of dates, a single-line note, a multi-line note.
 */
test.describe('on the sample roadmap, a reload right after typing keeps', () => {
  test.beforeEach(async ({ library }) => {
    await library.open();
    await library.sampleButton.click();
  });

  test('scores typed in the grid', async ({ page }) => {
    const cells = page.getByRole('grid').getByRole('gridcell');
    await cells.first().click();
    // Two scores down the first column, then the page goes at once.
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await reloadApp(page);
    await expect(cells.nth(0).locator('.score-value')).toHaveText('1');
    await expect(cells.nth(2).locator('.score-value')).toHaveText('2');
  });

  test('a goal edited in its form', async ({ page, roadmap }) => {
    await roadmap.goToStage('Goals and timelines');
    const card = page.getByRole('article', { name: 'Lower average cost per interaction' });
    await card.getByRole('button', { name: /^Edit/ }).click();
    const owner = page.getByRole('form', { name: /^Editing/ }).getByLabel('Owner', { exact: true });
    await owner.fill('Finance team');
    await reloadApp(page);
    await expect(card).toContainText('Owner: Finance team');
  });

  test('a number in the savings table', async ({ page, roadmap }) => {
    await roadmap.goToStage('Channels');
    await new SurveySavingsPage(page).openInputs();
    const contacts = page.getByLabel(/^Contacts per month: /).first();
    await contacts.fill('12,345');
    await reloadApp(page);
    await expect(page.getByLabel(/^Contacts per month: /).first()).toHaveValue('12,345');
  });

  test('the launch dates and a checklist note', async ({ page, roadmap }) => {
    await roadmap.goToStage('Go live');
    await page.getByLabel('Go-live date', { exact: true }).fill('2031-03-03');
    await new GoLivePage(page).openChecklist();
    const note = page.getByLabel('Note', { exact: true }).first();
    await note.fill('Agreed with legal.');
    await reloadApp(page);
    await expect(page.getByLabel('Go-live date', { exact: true })).toHaveValue('2031-03-03');
    await expect(page.getByLabel('Note', { exact: true }).first()).toHaveValue(
      'Agreed with legal.',
    );
  });
});
