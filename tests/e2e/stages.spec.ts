import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { stageNames, stageSlugs } from './pages/roadmap-page';
import { reloadWhenSaved } from './support/reload';

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let press = 0; press <= maxPresses; press += 1) {
    const focused = await target
      .evaluate((element) => element === document.activeElement, undefined, { timeout: 2_000 })
      .catch(() => false);
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test.describe('on a new roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.createRoadmap({ name: 'Stage tour' });
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  });

  test('the stepper lists the eight stages and each link opens its page', async ({
    roadmap,
    page,
  }) => {
    const id = roadmap.roadmapId();
    await expect(roadmap.stages.getByRole('link')).toHaveCount(stageNames.length);
    for (const [index, name] of stageNames.entries()) {
      await expect(roadmap.stages.getByRole('link').nth(index)).toContainText(name);
    }

    // Visit them out of order too, so each link is checked on its own.
    for (const [index, name] of [...stageNames.entries()].reverse()) {
      await roadmap.goToStage(name);
      await expect(page).toHaveURL(`/roadmaps/${id}/${stageSlugs[index]}`);
      await expect(roadmap.stageLink(name)).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    }
  });

  test('every stage slug is a stable address that survives a reload', async ({ roadmap, page }) => {
    const id = roadmap.roadmapId();
    for (const [index, name] of stageNames.entries()) {
      await page.goto(`/roadmaps/${id}/${stageSlugs[index]}`);
      await expect(roadmap.stageHeading(name)).toBeVisible();
    }

    await page.goto(`/roadmaps/${id}/kpis`);
    await reloadWhenSaved(page);
    await expect(roadmap.stageHeading('KPIs and monitoring')).toBeVisible();
    await expect(page.getByText('Stage 4 of 7')).toBeVisible();
    await expect(roadmap.stages).toBeVisible();

    // The bare roadmap address and an unknown stage lead to the first stage.
    await page.goto(`/roadmaps/${id}`);
    await expect(page).toHaveURL(`/roadmaps/${id}/starting-point`);
    await page.goto(`/roadmaps/${id}/no-such-stage`);
    await expect(page).toHaveURL(`/roadmaps/${id}/starting-point`);
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  });

  test('workshop notes save as you type, survive a reload and mark the stage in progress', async ({
    roadmap,
    library,
    page,
  }) => {
    await roadmap.goToStage('KPIs and monitoring');
    await expect(roadmap.stageLink('KPIs and monitoring')).toContainText('not started');

    await roadmap.writeNotes('First contact resolution, weekly, from the service platform.');
    await expect(roadmap.stageLink('KPIs and monitoring')).toContainText('in progress');

    await reloadWhenSaved(page);
    await expect(roadmap.notes).toHaveValue(
      'First contact resolution, weekly, from the service platform.',
    );
    await expect(roadmap.stageLink('KPIs and monitoring')).toContainText('in progress');
    await expect(roadmap.stageLink('Channels')).toContainText('not started');
    await expect(roadmap.stageLink('Channels')).not.toContainText('in progress');

    // The other stages keep their own, empty, notes.
    await roadmap.goToStage('Channels');
    await expect(roadmap.notes).toHaveValue('');

    // Clearing the notes puts the stage back to not started.
    await roadmap.goToStage('KPIs and monitoring');
    await roadmap.writeNotes('');
    await expect(roadmap.stageLink('KPIs and monitoring')).toContainText('not started');

    await library.open();
    await expect(page.getByText('0 of 7 stages done')).toBeVisible();
  });
});

test('an unknown roadmap id shows "Roadmap not found" with a way back', async ({
  page,
  library,
}) => {
  await page.goto('/roadmaps/does-not-exist/goals');
  await expect(page.getByRole('heading', { level: 1, name: 'Roadmap not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the roadmaps' }).click();
  await expect(library.heading).toBeVisible();
});

test('an unknown address shows a not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByText('This page does not exist.')).toBeVisible();
});

test('creating a roadmap and moving on works with the keyboard alone', async ({
  page,
  library,
  roadmap,
}) => {
  await library.open();
  await tabTo(page, library.newRoadmapButton);
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'New roadmap' });
  await expect(dialog).toBeVisible();
  const name = dialog.getByLabel('Name', { exact: true });
  await expect(name).toBeVisible();
  await tabTo(page, name);
  await page.keyboard.type('Keyboard only');
  await page.keyboard.press('Enter');

  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  await expect(page.getByText('Keyboard only', { exact: true })).toBeVisible();

  await tabTo(page, roadmap.notes);
  await page.keyboard.type('Typed without a mouse.');
  await expect(roadmap.saved).toBeVisible();

  const next = page.getByRole('link', { name: 'Next: Goals and timelines' });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(roadmap.stageHeading('Goals and timelines')).toBeVisible();
  await expect(page).toHaveURL(/\/goals$/);

  await tabTo(page, page.getByRole('link', { name: 'Next: Channels' }));
  await page.keyboard.press('Enter');
  await expect(roadmap.stageHeading('Channels')).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Previous: Goals and timelines' }));
  await page.keyboard.press('Enter');
  await expect(roadmap.stageHeading('Goals and timelines')).toBeVisible();
  await tabTo(page, roadmap.stageLink('Starting point'));
  await page.keyboard.press('Enter');
  await expect(roadmap.notes).toHaveValue('Typed without a mouse.');
  await expect(roadmap.stageLink('Starting point')).toContainText('in progress');
});

test.describe('made for a projector at 1280x720', () => {
  test('the header and a one-row stepper take at most 110 px on every stage', async ({
    library,
    roadmap,
    page,
  }) => {
    await library.open();
    await library.sampleButton.click();
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
    for (const name of stageNames) {
      await roadmap.goToStage(name);
      const box = await roadmap.stages.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(110);
      const tops = await roadmap.stages
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
      expect(new Set(tops).size, `${name}: the stepper is one row`).toBe(1);
      // The roadmap's name and actions sit in the header, on its one line.
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(56);
    }
  });

  test('the stage intro is open for a new team, folded everywhere once read, and opens again', async ({
    library,
    roadmap,
    page,
  }) => {
    const tips = page.getByRole('heading', { level: 2, name: 'Tips' });
    const about = page.getByText('About this stage');
    await library.open();
    await library.createRoadmap({ name: 'Intro tour' });
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
    await expect(tips).toBeVisible();

    // Read for a moment, then on to the next stage: the intro there starts folded.
    await page.waitForTimeout(1_100);
    await roadmap.goToStage('Goals and timelines');
    await expect(about).toBeVisible();
    await expect(tips).toBeHidden();

    await about.click();
    await expect(tips).toBeVisible();
    await about.click();
    await expect(tips).toBeHidden();
    await page.reload();
    await expect(roadmap.stageHeading('Goals and timelines')).toBeVisible();
    await expect(tips).toBeHidden();
    await roadmap.goToStage('Training');
    await expect(tips).toBeHidden();
  });
});
