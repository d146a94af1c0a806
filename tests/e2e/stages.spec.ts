import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { stageNames, stageSlugs } from './pages/roadmap-page';
import { reloadApp, reloadWhenSaved } from './support/reload';

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
    // Eleven page loads: 16-23 s on a busy two-core machine, too near the 30 s a test gets.
    test.slow();
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

test('once a roadmap has opened, every stage’s code is fetched ahead, so moving on loads no script', async ({
  library,
  roadmap,
  page,
}) => {
  await library.open();
  await library.sampleButton.click();
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  // The build lists every stage's files in the page; the preload fetches them all.
  const listed = await page.evaluate(
    () => JSON.parse(document.getElementById('rotta-stage-code')?.textContent ?? '[]') as string[],
  );
  expect(listed.length).toBeGreaterThan(20);
  await expect
    .poll(
      () =>
        page.evaluate((files) => {
          const fetched = new Set(
            performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
          );
          return files.filter((file) => !fetched.has(file)).length;
        }, listed),
      { timeout: 15_000 },
    )
    .toBe(0);
  const scripts: string[] = [];
  page.on('request', (request) => {
    // The offline copy's registration loads its own code 5 s after the page load, whatever the
    // page is doing: not a stage's.
    const isUpdatePrompt = /\/(update-prompt|workbox-window)[^/]*\.js$/.test(request.url());
    if (request.resourceType() === 'script' && !isUpdatePrompt) scripts.push(request.url());
  });
  for (const name of stageNames.slice(1)) await roadmap.goToStage(name);
  expect(scripts).toEqual([]);
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
    // The fold is remembered when the browser reports the toggle, a moment after the click.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('rotta.intro-collapsed')))
      .toBe('1');
    await reloadApp(page);
    await expect(roadmap.stageHeading('Goals and timelines')).toBeVisible();
    await expect(tips).toBeHidden();
    await roadmap.goToStage('Training');
    await expect(tips).toBeHidden();
  });
});

test.describe('the sample roadmap on a projector at 1280x720', () => {
  /**
   * Screens of 720 px the page needs, with every lazily drawn chart in place, and the height of
   * each part of the stage when it was longest: a failure then says what took the room.
   */
  async function screens(page: Page): Promise<{ screens: number; parts: string }> {
    const measure = () =>
      page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        parts: [...document.querySelectorAll('.stage-page > *, .stage-page > * > *')]
          .filter((part) => part.scrollHeight >= 100)
          .map((part) => `${part.className || part.tagName}: ${part.scrollHeight}`)
          .join(', '),
      }));
    const atOpen = await measure();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // Charts below the fold draw once scrolled to; give them a moment, then measure again.
    await page.waitForTimeout(400);
    const drawn = await measure();
    await page.evaluate(() => window.scrollTo(0, 0));
    const longest = atOpen.height > drawn.height ? atOpen : drawn;
    return { screens: longest.height / 720, parts: longest.parts };
  }

  for (const language of ['English', 'Italiano'] as const) {
    test(`no stage needs more than about four screens, in ${language}`, async ({
      library,
      roadmap,
      page,
    }) => {
      await library.open();
      if (language === 'Italiano')
        await page.getByLabel('Language', { exact: true }).selectOption('Italiano');
      await page
        .getByRole('button', {
          name: language === 'Italiano' ? 'Carica la roadmap di esempio' : 'Load sample roadmap',
        })
        .click();
      await page.waitForURL(/\/roadmaps\/[^/]+\/starting-point$/);
      for (const slug of stageSlugs) {
        await roadmap.openStage(slug);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // The stage's main result is open, never behind a fold.
        const result = page.locator('[data-stage-result]').first();
        await expect(result, slug).toBeVisible();
        await page.waitForLoadState('networkidle');
        const needed = await screens(page);
        expect(needed.screens, `${slug} in ${language}: ${needed.parts}`).toBeLessThanOrEqual(4.3);
      }
    });
  }

  test('a folded list opens by keyboard, says what it holds, and stays open across stages', async ({
    library,
    roadmap,
    page,
  }) => {
    await library.open();
    await library.sampleButton.click();
    await roadmap.goToStage('Channels');
    const list = page.getByRole('region', { name: 'Channels in the roadmap' });
    const fold = list.getByText('8 channels: 4 in use, 2 planned, 2 candidates');
    await expect(fold).toBeVisible();
    // The check above the list is counted in the folded line too.
    await expect(list).toContainText('2 to fix first');
    await expect(list.getByRole('listitem', { name: 'Live chat', exact: true })).toBeHidden();

    await tabTo(page, fold, 80);
    await page.keyboard.press('Enter');
    await expect(list.getByRole('listitem', { name: 'Live chat', exact: true })).toBeVisible();
    await expect(list.getByLabel('Status of Live chat', { exact: true })).toBeVisible();

    // Open it stays, on the way back from another stage.
    await roadmap.goToStage('Training');
    await roadmap.goToStage('Channels');
    await expect(list.getByRole('listitem', { name: 'Live chat', exact: true })).toBeVisible();
    await tabTo(page, fold, 120);
    await page.keyboard.press('Enter');
    await expect(list.getByRole('listitem', { name: 'Live chat', exact: true })).toBeHidden();
  });

  test('a check’s “Go to” opens the folded list at the channel it names', async ({
    library,
    roadmap,
    page,
  }) => {
    await library.open();
    await library.sampleButton.click();
    await roadmap.goToStage('Channels');
    const row = page.getByRole('listitem', { name: 'Email / web form', exact: true });
    await expect(row).toBeHidden();
    await page.getByRole('button', { name: 'Go to Email / web form' }).click();
    await expect(row).toBeVisible();
    await expect(row).toBeFocused();
  });

  test('the journey’s lean cards show owners, KPIs and move buttons again by keyboard', async ({
    library,
    roadmap,
    page,
  }) => {
    await library.open();
    await library.sampleButton.click();
    await roadmap.goToStage('Customer journey');
    const details = page.getByRole('button', {
      name: /^Owner, KPI and move buttons on \d+ cards$/,
    });
    await expect(details).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: /^Move .* up$/ })).toHaveCount(0);
    await details.focus();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: /^Move .* down$/ }).first()).toBeVisible();

    // The folded channel-by-device table says what it holds and opens with the keyboard.
    const matrix = page.getByRole('region', { name: 'Channels and devices' });
    const fold = matrix.getByText(/^\d+ touchpoints: \d+ of \d+ channels used, on \d+ devices$/);
    await expect(matrix.getByRole('table')).toBeHidden();
    await fold.focus();
    await page.keyboard.press('Space');
    await expect(matrix.getByRole('table')).toBeVisible();
  });
});
