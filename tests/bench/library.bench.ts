import { test, type Page } from '@playwright/test';
import { makeRoadmapFile } from '../../src/test/generators';
import { LibraryPage } from '../e2e/pages/library-page';
import { record, timeMedian } from './report';

const roadmapCount = 200;

function libraryBackup() {
  return {
    format: 'rotta-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    roadmaps: Array.from({ length: roadmapCount }, (_, index) =>
      makeRoadmapFile(index, { notes: 8 }),
    ),
  };
}

/**
 * Waits, inside the page and once per animation frame, until the library shows `count` rows, and
 * returns the page clock at that moment. (Playwright's own polling is too coarse to time with.)
 */
async function rowsShownAt(page: Page, count: number): Promise<number> {
  const handle = await page.waitForFunction(
    (expected) =>
      document.querySelectorAll('table tbody th[scope="row"] a').length === expected &&
      performance.now(),
    count,
    { polling: 'raf', timeout: 20_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Page clock right now, to time a user action from inside the page. */
const pageNow = (page: Page) => page.evaluate(() => performance.now());

test(`library of ${roadmapCount} roadmaps: restore, first render, export, import`, async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  const buffer = Buffer.from(JSON.stringify(libraryBackup()));

  // Restore a backup of 200 roadmaps (validation + one transaction + list refresh).
  const chooser = page.waitForEvent('filechooser');
  await library.restoreButton.click();
  const fileChooser = await chooser;
  const started = await pageNow(page);
  await fileChooser.setFiles({ name: 'bench-backup.json', mimeType: 'application/json', buffer });
  const restored = await rowsShownAt(page, roadmapCount);
  record({
    name: `restore backup of ${roadmapCount} roadmaps (${(buffer.length / 1024).toFixed(0)} KB)`,
    milliseconds: restored - started,
    budget: 1500,
  });

  // First render: from navigation start to every row on screen, measured inside the page.
  const firstRender = await timeMedian(5, async () => {
    await page.goto('/');
    return rowsShownAt(page, roadmapCount);
  });
  record({
    name: `library first render with ${roadmapCount} roadmaps (median of 5)`,
    milliseconds: firstRender,
    budget: 500,
  });

  // Whole-library backup: click to file handed to the browser.
  const backupTime = await timeMedian(3, async () => {
    const download = page.waitForEvent('download');
    const clicked = Date.now();
    await library.backupButton.click();
    await download;
    return Date.now() - clicked;
  });
  record({
    name: `back up ${roadmapCount} roadmaps (median of 3)`,
    milliseconds: backupTime,
    budget: 1000,
  });

  // One roadmap: export and import back.
  const name = 'Roadmap 0';
  const exportTime = await timeMedian(3, async () => {
    const download = page.waitForEvent('download');
    const clicked = Date.now();
    await library.actionsFor(name).getByRole('button', { name: 'Export' }).click();
    await download;
    return Date.now() - clicked;
  });
  record({ name: 'export one roadmap (median of 3)', milliseconds: exportTime, budget: 300 });

  const single = Buffer.from(JSON.stringify(makeRoadmapFile(9999, { notes: 8 })));
  const importChooser = page.waitForEvent('filechooser');
  await library.importButton.click();
  const singleChooser = await importChooser;
  const importStarted = await pageNow(page);
  await singleChooser.setFiles({
    name: 'one.rotta.json',
    mimeType: 'application/json',
    buffer: single,
  });
  const imported = await rowsShownAt(page, roadmapCount + 1);
  record({
    name: `import one roadmap into a library of ${roadmapCount}`,
    milliseconds: imported - importStarted,
    budget: 500,
  });
});
