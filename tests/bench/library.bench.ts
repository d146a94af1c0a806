import { expect, test, type Page } from '@playwright/test';
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

async function rowsShown(page: Page, count: number) {
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(count, {
    timeout: 20_000,
  });
}

test(`library of ${roadmapCount} roadmaps: restore, first render, export, import`, async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  const buffer = Buffer.from(JSON.stringify(libraryBackup()));

  // Restore a backup of 200 roadmaps (validation + one transaction + list refresh).
  const chooser = page.waitForEvent('filechooser');
  await library.restoreButton.click();
  const started = Date.now();
  await (
    await chooser
  ).setFiles({ name: 'bench-backup.json', mimeType: 'application/json', buffer });
  await rowsShown(page, roadmapCount);
  record({
    name: `restore backup of ${roadmapCount} roadmaps (${(buffer.length / 1024).toFixed(0)} KB)`,
    milliseconds: Date.now() - started,
    budget: 3000,
  });

  // First render: from navigation start to every row on screen, measured inside the page.
  const firstRender = await timeMedian(5, async () => {
    await page.goto('/');
    await rowsShown(page, roadmapCount);
    return page.evaluate(() => performance.now());
  });
  record({
    name: `library first render with ${roadmapCount} roadmaps (median of 5)`,
    milliseconds: firstRender,
    budget: 1500,
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
    budget: 2000,
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
  record({ name: 'export one roadmap (median of 3)', milliseconds: exportTime, budget: 500 });

  const single = Buffer.from(JSON.stringify(makeRoadmapFile(9999, { notes: 8 })));
  const importChooser = page.waitForEvent('filechooser');
  await library.importButton.click();
  const importStarted = Date.now();
  await (
    await importChooser
  ).setFiles({ name: 'one.rotta.json', mimeType: 'application/json', buffer: single });
  await rowsShown(page, roadmapCount + 1);
  record({
    name: `import one roadmap into a library of ${roadmapCount}`,
    milliseconds: Date.now() - importStarted,
    budget: 1000,
  });
});
