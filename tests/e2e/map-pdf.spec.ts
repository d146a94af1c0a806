import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectReadablePdf, StrategyMapPage } from './pages/strategy-map-page';

/** What a reader sees of the map's PDF: one landscape page, the map's words, its font. */
function expectMapPdf(pdf: Buffer, paper: 'a4' | 'a3', texts: string[]) {
  expect(expectReadablePdf(pdf, paper, texts).pages).toBe(1);
}

test.beforeEach(async ({ library, roadmap }) => {
  await library.open();
  await library.sampleButton.click();
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
});

test('downloads the map as a one-page PDF on the chosen paper, with its text and font', async ({
  page,
}, testInfo) => {
  const strategyMap = new StrategyMapPage(page);
  await strategyMap.open();
  for (const paper of ['a4', 'a3'] as const) {
    await strategyMap.paper.selectOption(paper);
    await expect(strategyMap.map).toHaveAttribute('data-paper', paper);
    const started = Date.now();
    const { download, bytes } = await strategyMap.download(strategyMap.pdfButton);
    testInfo.annotations.push({ type: `${paper} PDF`, description: `${Date.now() - started} ms` });
    writeFileSync(testInfo.outputPath(`map-${paper}.pdf`), bytes);
    expect(download.suggestedFilename()).toMatch(
      /^Libeccio Air – digital service 2027 – Strategy map \d{4}-\d{2}-\d{2}\.pdf$/,
    );
    expectMapPdf(bytes, paper, [
      'Libeccio Air – digital service 2027',
      'Libeccio Air S.p.A.',
      'WHERE WE STAND',
      'Fewer calls about baggage and check-in',
      'Made with Rotta',
    ]);
    await expect(page.getByText(/^Saved as .*\.pdf\.$/).last()).toBeVisible();
    await expect(strategyMap.pdfButton).toBeEnabled();
  }
});

test('downloads the Italian map as a PDF in Italian', async ({ page }, testInfo) => {
  await page.getByLabel('Language', { exact: true }).selectOption('Italiano');
  const strategyMap = new StrategyMapPage(page);
  await strategyMap.open();
  await strategyMap.paper.selectOption('a4');
  const { download, bytes } = await strategyMap.download(
    page.getByRole('button', { name: 'Scarica PDF' }),
  );
  writeFileSync(testInfo.outputPath('map-a4-it.pdf'), bytes);
  expect(download.suggestedFilename()).toMatch(/ – Mappa strategica \d{4}-\d{2}-\d{2}\.pdf$/);
  expectMapPdf(bytes, 'a4', ['DOVE SIAMO', 'COME MISURIAMO', 'Realizzata con Rotta']);
});

test.describe('without the service worker, so the font request can fail', () => {
  // A service worker's cache would answer the request before the page's route does.
  test.use({ serviceWorkers: 'block' });

  test('says so when the PDF cannot be made, and the map stays as it was', async ({ page }) => {
    const strategyMap = new StrategyMapPage(page);
    await strategyMap.open();
    await page.route('**/*.ttf', (route) => route.abort());
    await strategyMap.pdfButton.click();
    await expect(page.getByText(/^The PDF could not be made\./)).toBeVisible();
    await expect(strategyMap.pdfButton).toBeEnabled();
    await expect(strategyMap.map).toContainText('Fewer calls about baggage and check-in');
  });
});
