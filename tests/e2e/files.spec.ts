import { expect, test } from './fixtures';
import { LibraryPage, type FileToChoose } from './pages/library-page';
import { RoadmapPage } from './pages/roadmap-page';
import { jsonFile, readDownloadedJson, roadmapFile } from './support/roadmap-files';
import { largeFile } from './support/large-file';
import { reloadApp } from './support/reload';

interface ExportedRoadmap {
  format: string;
  version: number;
  roadmap: { id: string; name: string; company: string };
  rows: { stageNotes: { stage: string; text: string; roadmapId: string }[] };
}

interface ExportedBackup {
  format: string;
  version: number;
  roadmaps: ExportedRoadmap[];
}

test('a roadmap exported to a file imports back as a new roadmap with the same notes', async ({
  library,
  roadmap,
  page,
}) => {
  await library.open();
  await library.createRoadmap({ name: 'Round trip', company: 'Acme' });
  await roadmap.writeNotes('Where we stand today.');
  await roadmap.goToStage('Channels');
  await roadmap.writeNotes('WhatsApp first.');

  const download = await library.download(roadmap.exportButton);
  expect(download.suggestedFilename()).toBe('Round trip.rotta.json');
  const file = (await readDownloadedJson(download)) as ExportedRoadmap;
  expect(file.format).toBe('rotta-roadmap');
  // The version the stages' tables call for (7: the dot-votes), see docs/file-format.md.
  expect(file.version).toBe(7);
  expect(file.roadmap.name).toBe('Round trip');
  expect(file.roadmap.company).toBe('Acme');
  expect(file.roadmap.id).toBe(roadmap.roadmapId());
  expect(Object.fromEntries(file.rows.stageNotes.map((note) => [note.stage, note.text]))).toEqual({
    'starting-point': 'Where we stand today.',
    channels: 'WhatsApp first.',
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved Round trip.rotta.json.' }),
  ).toBeVisible();

  await library.open();
  await library.importFile({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(library.toast('Imported “Round trip”.')).toBeVisible();
  const links = library.roadmapLinks().filter({ hasText: 'Round trip' });
  await expect(links).toHaveCount(2);

  await reloadApp(page);
  await expect(links).toHaveCount(2);
  const ids = new Set<string>();
  for (const index of [0, 1]) {
    await library.open();
    await links.nth(index).click();
    await expect(roadmap.notes).toHaveValue('Where we stand today.');
    ids.add(roadmap.roadmapId());
    await roadmap.goToStage('Channels');
    await expect(roadmap.notes).toHaveValue('WhatsApp first.');
    await expect(roadmap.stageLink('Channels')).toContainText('in progress');
  }
  // The import is a new roadmap with its own id, not the original opened twice.
  expect(ids.size).toBe(2);
});

test('the Export button in the library downloads the same kind of file', async ({
  library,
  page,
}) => {
  await library.open();
  await library.importFile(
    jsonFile('plan.rotta.json', roadmapFile('From a file', { goals: 'Fewer calls.' })),
  );
  await expect(library.roadmapLink('From a file')).toBeVisible();

  const download = await library.download(
    library.actionsFor('From a file').getByRole('button', { name: 'Export' }),
  );
  const file = (await readDownloadedJson(download)) as ExportedRoadmap;
  expect(file.format).toBe('rotta-roadmap');
  expect(file.roadmap.name).toBe('From a file');
  expect(file.rows.stageNotes.map((note) => note.text)).toEqual(['Fewer calls.']);
  await expect(page.getByText('1 roadmap', { exact: true })).toBeVisible();
});

const twentyMegabytes = 20 * 1024 * 1024;

/** A large file is written to disk only by the test that chooses it. */
type BadFile = { problem: string; file: FileToChoose | (() => FileToChoose); message: RegExp };

const badFiles: BadFile[] = [
  {
    problem: 'malformed JSON',
    file: jsonFile('broken.json', '{"format": "rotta-roadmap", "version": 1,'),
    message: /The file ends too early: it is probably incomplete/,
  },
  {
    problem: 'an empty file',
    file: jsonFile('empty.json', '   '),
    message: /The file is empty\./,
  },
  {
    problem: 'the wrong format',
    file: jsonFile('other.json', { ...roadmapFile('Other app'), format: 'someone-else' }),
    message: /This is not a Rotta roadmap file/,
  },
  {
    problem: 'a backup instead of a roadmap',
    file: jsonFile('backup.json', { format: 'rotta-backup', version: 1, roadmaps: [] }),
    message: /This is a library backup\. Use “Restore backup” to load it\./,
  },
  {
    problem: 'a __proto__ key',
    // Written by hand: JSON.stringify would drop a real __proto__ key.
    file: jsonFile(
      'proto.json',
      JSON.stringify(roadmapFile('Polluter')).replace(
        '"roadmap":{',
        '"roadmap":{"__proto__":{"polluted":true},',
      ),
    ),
    message: /field name that is not allowed.*\(in the roadmap details, field “__proto__”\)/,
  },
  {
    problem: 'a newer file version',
    file: jsonFile('future.json', { ...roadmapFile('From the future'), version: 999 }),
    message: /made by a newer Rotta \(file version 999/,
  },
  {
    problem: 'a missing required field',
    file: jsonFile(
      'nameless.json',
      (() => {
        const file = roadmapFile('placeholder');
        const { name: _name, ...roadmapWithoutName } = file.roadmap;
        return { ...file, roadmap: roadmapWithoutName };
      })(),
    ),
    message: /This field is missing\. \(in the roadmap details, field “name”\)/,
  },
  {
    problem: 'a note for an unknown stage',
    file: jsonFile('stage.json', roadmapFile('Odd stage', { 'stage-nine': 'Hmm' })),
    message: /\(in workshop notes, row 1, field “stage”\)/,
  },
  {
    problem: 'a file over 20 MB',
    file: () => largeFile('huge.json', twentyMegabytes + 1, 32),
    message: /The file is larger than 20 MB\./,
  },
];

for (const { problem, file, message } of badFiles) {
  test(`importing a file with ${problem} explains why and adds nothing`, async ({
    library,
    page,
  }) => {
    await library.open();
    await library.importFile(jsonFile('good.json', roadmapFile('Already here')));
    await expect(library.roadmapLinks()).toHaveCount(1);

    await library.importFile(typeof file === 'function' ? file() : file);
    await expect(library.alert).toBeVisible();
    await expect(library.alert).toContainText('The file was not imported.');
    await expect(library.alert).toContainText(message);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

    await reloadApp(page);
    await expect(library.roadmapLink('Already here')).toBeVisible();
    await expect(library.roadmapLinks()).toHaveCount(1);
    await expect(page.getByText('1 roadmap', { exact: true })).toBeVisible();
    await expect(library.alert).toHaveCount(0);
  });
}

test.describe('in an Italian browser', () => {
  test.use({ locale: 'it-IT' });

  test('a refused file names the table, the row and the field in Italian words', async ({
    library,
    page,
  }) => {
    await page.goto('/');
    const importButton = page.getByRole('button', { name: 'Importa roadmap' });
    const file = roadmapFile('Date sbagliate');
    const broken = { ...file, roadmap: { ...file.roadmap, workshopDate: '31/03/2026' } };
    await library.chooseFile(importButton, jsonFile('date.json', broken));
    await expect(library.alert).toContainText('Il file non è stato importato.');
    await expect(library.alert).toContainText(
      'Usa una data come 2026-03-31. (nei dati della roadmap, campo “data del workshop”)',
    );
    await library.chooseFile(
      importButton,
      jsonFile('cut.json', JSON.stringify(file).slice(0, 120)),
    );
    await expect(library.alert).toContainText('Il file finisce troppo presto');
    await expect(library.alert).not.toContainText('JSON at position');
    await expect(library.roadmapLinks()).toHaveCount(0);
    await page.screenshot({ path: 'test-results/import-problem-it.png' });
  });
});

test('the problem alert can be dismissed, and a good import afterwards clears it', async ({
  library,
}) => {
  await library.open();
  await library.importFile(jsonFile('broken.json', 'not json'));
  await expect(library.alert).toBeVisible();
  await library.alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(library.alert).toHaveCount(0);

  await library.importFile(jsonFile('broken.json', 'not json'));
  await expect(library.alert).toBeVisible();
  await library.importFile(jsonFile('good.json', roadmapFile('Good one')));
  await expect(library.roadmapLink('Good one')).toBeVisible();
  await expect(library.alert).toHaveCount(0);
});

test('a roadmap name with HTML in it is shown as text, never run', async ({
  library,
  roadmap,
  page,
}) => {
  const name = '<img src=x onerror="window.__xss=1">';
  await library.open();
  await library.createRoadmap({ name });
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  await expect(page.getByText(name, { exact: true })).toBeVisible();

  await library.open();
  await library.importFile(jsonFile('xss.json', roadmapFile(`${name} imported`)));
  await expect(library.roadmapLink(name)).toBeVisible();
  await expect(library.roadmapLink(`${name} imported`)).toBeVisible();
  await expect(library.actionsFor(name)).toBeVisible();
  await expect(page.getByRole('img', { name: 'x' })).toHaveCount(0);

  await library.rename(name, `${name} renamed`);
  await expect(library.roadmapLink(`${name} renamed`)).toBeVisible();
  await library.actionsFor(`${name} renamed`).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog', { name: `Delete “${name} renamed”?` })).toBeVisible();
  await page.keyboard.press('Escape');

  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
});

test('a library backup restores every roadmap in a fresh browser', async ({
  library,
  roadmap,
  page,
  browser,
}) => {
  await library.open();
  await library.createRoadmap({ name: 'First plan', company: 'Acme' });
  await roadmap.writeNotes('Notes of the first plan.');
  await library.open();
  await library.createRoadmap({ name: 'Second plan' });
  await roadmap.goToStage('Training');
  await roadmap.writeNotes('Tone of voice workshop.');
  await library.open();
  await expect(library.roadmapLinks()).toHaveCount(2);

  const download = await library.download(library.backupButton);
  expect(download.suggestedFilename()).toMatch(/^rotta-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(library.toast(`Backup saved as ${download.suggestedFilename()}.`)).toBeVisible();
  const backup = (await readDownloadedJson(download)) as ExportedBackup;
  expect(backup.format).toBe('rotta-backup');
  expect(backup.version).toBe(1);
  expect(backup.roadmaps.map((entry) => entry.roadmap.name).sort()).toEqual([
    'First plan',
    'Second plan',
  ]);
  for (const entry of backup.roadmaps) expect(entry.format).toBe('rotta-roadmap');
  const backupPath = await download.path();

  const { baseURL, locale } = test.info().project.use;
  const fresh = await browser.newContext({ baseURL, locale });
  try {
    const freshPage = await fresh.newPage();
    const freshLibrary = new LibraryPage(freshPage);
    const freshRoadmap = new RoadmapPage(freshPage);
    await freshLibrary.open();
    await expect(freshLibrary.emptyIntro()).toBeVisible();

    // A single roadmap file is not a backup.
    await freshLibrary.restoreFile(jsonFile('one.rotta.json', roadmapFile('Single')));
    await expect(freshLibrary.alert).toContainText('This is a single roadmap file.');
    await expect(freshLibrary.roadmapLinks()).toHaveCount(0);

    await freshLibrary.restoreFile(backupPath);
    await expect(freshLibrary.toast('Restored 2 roadmaps from the backup.')).toBeVisible();
    await expect(freshLibrary.roadmapLinks()).toHaveCount(2);
    await reloadApp(freshPage);
    await expect(freshLibrary.roadmapLinks()).toHaveCount(2);
    await expect(freshPage.getByRole('cell', { name: 'Acme' })).toBeVisible();

    await freshLibrary.roadmapLink('First plan').click();
    await expect(freshRoadmap.notes).toHaveValue('Notes of the first plan.');
    await freshLibrary.open();
    await freshLibrary.roadmapLink('Second plan').click();
    await expect(freshRoadmap.stageLink('Training')).toContainText('in progress');
    await freshRoadmap.goToStage('Training');
    await expect(freshRoadmap.notes).toHaveValue('Tone of voice workshop.');
  } finally {
    await fresh.close();
  }
  // The original browser still has just its own two roadmaps.
  await reloadApp(page);
  await expect(library.roadmapLinks()).toHaveCount(2);
});

test('backing up an empty library says there is nothing to save', async ({ library, page }) => {
  await library.open();
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await library.backupButton.click();
  await expect(library.toast('There is nothing to back up yet.')).toBeVisible();
  expect(downloaded).toBe(false);
});
