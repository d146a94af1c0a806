import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { RoadmapPage } from './pages/roadmap-page';
import { expectAxeClean } from './support/axe';
import { reloadApp } from './support/reload';

test.describe('two tabs on the same browser', () => {
  test('a roadmap created in one tab appears in the other without a reload', async ({
    context,
    library,
    roadmap,
  }) => {
    const other = new LibraryPage(await context.newPage());
    await library.open();
    await other.open();
    await expect(other.emptyIntro()).toBeVisible();

    await library.createRoadmap({ name: 'Made in tab one' });
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();

    await expect(other.roadmapLink('Made in tab one')).toBeVisible();
    await expect(other.emptyIntro()).toHaveCount(0);

    // Notes written in tab one show up in tab two's library progress.
    await roadmap.writeNotes('Progress from tab one.');
    await expect(other.page.getByText('1 started')).toBeVisible();
  });

  test('notes typed in one tab update the same stage open in the other tab', async ({
    context,
    library,
    roadmap,
  }) => {
    await library.open();
    await library.createRoadmap({ name: 'Shared' });
    await roadmap.goToStage('Channels');
    const otherPage = await context.newPage();
    const other = new RoadmapPage(otherPage);
    await otherPage.goto(roadmap.page.url());
    await expect(other.stageHeading('Channels')).toBeVisible();
    await expect(other.notes).toHaveValue('');
    await expect(other.notes).toBeEnabled();

    await roadmap.writeNotes('Written in tab one.');
    await expect(other.notes).toHaveValue('Written in tab one.');
    await expect(other.stageLink('Channels')).toContainText('in progress');

    await roadmap.writeNotes('Written in tab one, then changed.');
    await expect(other.notes).toHaveValue('Written in tab one, then changed.');

    // And the other way round, once tab one has left the field.
    await roadmap.notes.blur();
    await other.writeNotes('Tab two has the last word.');
    await expect(roadmap.notes).toHaveValue('Tab two has the last word.');
  });

  test('a field being edited is not overwritten, and catches up once left', async ({
    context,
    library,
    roadmap,
  }) => {
    await library.open();
    await library.createRoadmap({ name: 'Shared' });
    await roadmap.writeNotes('Before.');
    const other = new RoadmapPage(await context.newPage());
    await other.page.goto(roadmap.page.url());
    await expect(other.notes).toHaveValue('Before.');

    // Tab one is in the field (the caret is there) while tab two saves a change.
    await roadmap.notes.focus();
    await other.writeNotes('Changed in tab two.');
    await expect(other.stageLink('Starting point')).toContainText('in progress');
    await expect(roadmap.notes).toHaveValue('Before.');

    // Leaving the field without typing shows what is stored now, not the stale text.
    await roadmap.notes.blur();
    await expect(roadmap.notes).toHaveValue('Changed in tab two.');
  });
});

test.describe('with the service worker the browser tests otherwise block', () => {
  test.use({ serviceWorkers: 'allow' });

  test('once installed, the app and its data open offline', async ({
    context,
    library,
    roadmap,
    page,
  }) => {
    await library.open();
    await library.createRoadmap({ name: 'Offline plan' });
    await roadmap.writeNotes('Readable without a network.');
    const stageUrl = page.url();

    const active = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return !!registration.active;
    });
    expect(active).toBe(true);
    await reloadApp(page);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    await context.setOffline(true);
    try {
      await page.goto('/');
      await expect(library.heading).toBeVisible();
      await expect(library.roadmapLink('Offline plan')).toBeVisible();

      await library.roadmapLink('Offline plan').click();
      await expect(roadmap.stageHeading('Starting point')).toBeVisible();
      await expect(roadmap.notes).toHaveValue('Readable without a network.');

      // A deep link, typed or reloaded while offline, also opens.
      await page.goto(stageUrl.replace('starting-point', 'kpis'));
      await expect(roadmap.stageHeading('KPIs and monitoring')).toBeVisible();
      await reloadApp(page);
      await expect(roadmap.stageHeading('KPIs and monitoring')).toBeVisible();
      await roadmap.writeNotes('Written offline.');
      await reloadApp(page);
      await expect(roadmap.notes).toHaveValue('Written offline.');
    } finally {
      await context.setOffline(false);
    }
  });
});

test('without IndexedDB the user gets an explanation, not a blank page', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        return undefined;
      },
    });
  });
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Rotta cannot store data in this browser' }),
  ).toBeVisible();
  await expect(page.getByText('Private windows and some privacy settings block it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
});

/** Makes every IndexedDB write fail with a quota error while `window.__failWrites` is true. */
async function simulateFullDisk(page: Page) {
  await page.addInitScript(() => {
    const flagged = window as unknown as { __failWrites?: boolean };
    const store = IDBObjectStore.prototype;
    for (const method of ['add', 'put'] as const) {
      const original = store[method];
      store[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (flagged.__failWrites) throw new DOMException('full', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
}

test('when the disk is full the user is told nothing was saved', async ({
  page,
  library,
  roadmap,
}) => {
  await simulateFullDisk(page);
  await library.open();
  await page.evaluate(() => {
    (window as unknown as { __failWrites: boolean }).__failWrites = true;
  });

  await library.createRoadmap({ name: 'Too big to fit' });
  await expect(library.alert).toBeVisible();
  await expect(library.alert).toContainText('Nothing was saved.');
  await expect(library.alert).toContainText('no space left');
  await expect(page).toHaveURL('/');

  await page.evaluate(() => {
    (window as unknown as { __failWrites: boolean }).__failWrites = false;
  });
  await reloadApp(page);
  await expect(library.heading).toBeVisible();
  await expect(library.emptyIntro()).toBeVisible();
  await expect(library.roadmapLinks()).toHaveCount(0);

  // With space again, the same action works.
  await library.createRoadmap({ name: 'Fits now' });
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
});

test('a full disk while typing notes shows "Not saved" and keeps the text', async ({
  page,
  library,
  roadmap,
}) => {
  await simulateFullDisk(page);
  await library.open();
  await library.createRoadmap({ name: 'Notes on a full disk' });
  await roadmap.writeNotes('Saved before the disk filled up.');

  await page.evaluate(() => {
    (window as unknown as { __failWrites: boolean }).__failWrites = true;
  });
  await roadmap.notes.fill('This will not fit.');
  await roadmap.notes.blur();
  const header = page.getByRole('banner').getByRole('status');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  await expect(header).toHaveText('Not saved yet: trying again. What you typed is kept.');
  await expect(roadmap.notes).toHaveValue('This will not fit.');

  // With room again, the retry stores it without another key press.
  await page.evaluate(() => {
    (window as unknown as { __failWrites: boolean }).__failWrites = false;
  });
  await expect(header).toHaveText('All changes saved', { timeout: 15_000 });
  await reloadApp(page);
  await expect(roadmap.notes).toHaveValue('This will not fit.');
});

test('an edit refused by a full disk is still there after a reload, and stored once there is room', async ({
  page,
  library,
  roadmap,
}) => {
  await simulateFullDisk(page);
  await library.open();
  await library.createRoadmap({ name: 'Reload on a full disk' });
  await expect(roadmap.notes).toBeEnabled();
  await page.evaluate(() => {
    (window as unknown as { __failWrites: boolean }).__failWrites = true;
  });
  await roadmap.notes.fill('Kept as a draft.');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  // The flag starts off on the new page, so there is room again: the draft journal outlived the
  // reload and the start stores what was typed.
  await reloadApp(page);
  await expect(roadmap.notes).toHaveValue('Kept as a draft.');
});

test.describe('accessibility (axe)', () => {
  test('the empty library has no violations', async ({ library, page }) => {
    await library.open();
    await expect(library.emptyIntro()).toBeVisible();
    await expectAxeClean(page);
  });

  test('the library with the sample roadmap has no violations', async ({
    library,
    roadmap,
    page,
  }) => {
    await library.open();
    await library.sampleButton.click();
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
    await library.open();
    await expect(library.roadmapLink('Libeccio Air – digital service 2027')).toBeVisible();
    await expectAxeClean(page);
  });
});

test('no page breaks the security policy: zod never probes for eval', async ({
  page,
  library,
  roadmap,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await library.open();
  await library.sampleButton.click();
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  for (const stage of ['Goals and timelines', 'Channels', 'KPIs and monitoring', 'Go live']) {
    await roadmap.goToStage(stage);
  }
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  expect(violations).toEqual([]);
});
