import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectReadablePdf, pdfImageCount, StrategyMapPage } from './pages/strategy-map-page';

/** A stage's PDF as a reader sees it: A4 landscape, its words, its font, its pictures. */
function expectStagePdf(pdf: Buffer, texts: string[], pictures: number) {
  const { pages, text } = expectReadablePdf(pdf, 'a4', texts);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  expect(pdfImageCount(pdf)).toBe(pictures);
}

test.beforeEach(async ({ library, roadmap }) => {
  await library.open();
  await library.sampleButton.click();
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
});

test('downloads a stage as a PDF: its results as pictures, its data and notes as text', async ({
  page,
  roadmap,
}, testInfo) => {
  await roadmap.goToStage('Channels');
  await roadmap.writeNotes('Ask the contact centre for last year’s chat volumes.');
  // The map page's download helper reads any button's file.
  const { download, bytes } = await new StrategyMapPage(page).download(
    page.getByRole('button', { name: 'Download PDF' }),
  );
  writeFileSync(testInfo.outputPath('channels.pdf'), bytes);
  expect(download.suggestedFilename()).toMatch(
    /^Libeccio Air – digital service 2027 – Channels \d{4}-\d{2}-\d{2}\.pdf$/,
  );
  expectStagePdf(
    bytes,
    [
      'STAGE 3 OF 7',
      'Channels',
      'Libeccio Air – digital service 2027',
      // The channels' table, their survey counts, the savings plan's moves.
      'Live chat',
      'Knowledge base',
      'Survey',
      'Workshop notes',
      'Ask the contact centre for last year’s chat volumes.',
    ],
    // The evidence, the savings and the dot-vote, as the page draws them.
    3,
  );
  await expect(page.getByText(/^Saved .*\.pdf\.$/).last()).toBeVisible();
});

test('downloads a stage as a PDF in Italian', async ({ page, roadmap }, testInfo) => {
  await page.getByLabel('Language', { exact: true }).selectOption('Italiano');
  await page
    .getByRole('navigation', { name: 'Tappe' })
    .getByRole('link', { name: /^Obiettivi e tempistiche/ })
    .click();
  await expect(roadmap.stageHeading('Obiettivi e tempistiche')).toBeVisible();
  const { bytes } = await new StrategyMapPage(page).download(
    page.getByRole('button', { name: 'Scarica PDF' }),
  );
  writeFileSync(testInfo.outputPath('goals-it.pdf'), bytes);
  const { text } = expectReadablePdf(bytes, 'a4', ['TAPPA 2 DI 7', 'Obiettivi e tempistiche']);
  expect(text).toMatch(/Pagina 1 di \d/);
  // A goal's deadline as an Italian date, its numbers with Italian separators.
  expect(text).toMatch(/\b\d{1,2} \p{Ll}{3,9} \d{4}\b/u);
  expect(text).toContain('38.000');
});

test.describe('without the service worker, so the font request can fail', () => {
  test.use({ serviceWorkers: 'block' });

  test('says so when the PDF cannot be made, and the stage stays as it was', async ({
    page,
    roadmap,
  }) => {
    await roadmap.goToStage('Goals and timelines');
    await page.route('**/*.ttf', (route) => route.abort());
    await page.getByRole('button', { name: 'Download PDF' }).click();
    await expect(page.getByText(/^The PDF could not be made: .*print the page\.$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download PDF' })).toBeEnabled();
    await expect(roadmap.stageHeading('Goals and timelines')).toBeVisible();
  });
});
