import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { pdfFonts, pdfInfo, pdfText, StrategyMapPage } from './pages/strategy-map-page';

/** Landscape sheets in points, as a PDF reader rounds them. */
const sheets = {
  a4: { width: 842, height: 595 },
  a3: { width: 1191, height: 842 },
} as const;

/** What a reader sees of the downloaded PDF: one landscape page, the map's words, its font. */
function expectReadablePdf(pdf: Buffer, paper: 'a4' | 'a3', texts: string[]) {
  const info = pdfInfo(pdf);
  expect(info.pages).toBe(1);
  expect({ width: Math.round(info.width), height: Math.round(info.height) }).toEqual(sheets[paper]);
  // The map's texts wrap into lines of their own; a reader's search runs across them.
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  for (const expected of texts) expect(text).toContain(expected);
  const fonts = pdfFonts(pdf);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.name).toMatch(/Arimo/);
    expect(font.embedded).toBe(true);
  }
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
    expectReadablePdf(bytes, paper, [
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
  expectReadablePdf(bytes, 'a4', ['DOVE SIAMO', 'COME MISURIAMO', 'Realizzata con Rotta']);
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
