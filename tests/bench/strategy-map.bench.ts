import { expect, test, type Page } from '@playwright/test';
import { makeRoadmapFile } from '../../src/test/generators';
import { LibraryPage } from '../e2e/pages/library-page';
import { pdfPageCount, StrategyMapPage } from '../e2e/pages/strategy-map-page';
import { notePress } from './support/press';
import { record, timeMedian } from './report';

const size = {
  competitors: 30,
  assessors: 4,
  goals: 12,
  channels: 20,
  kpis: 60,
  actualsPerKpi: 120,
  phases: 10,
  touchpoints: 200,
  roles: 6,
  people: 60,
  competencies: 30,
  modules: 12,
  goLive: true,
};

/** Page clock once the map's SVG is in the page with its KPI band drawn. */
async function mapDrawnAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const svg = document.querySelector('svg[data-drawn="true"]');
      return (svg?.querySelectorAll('text').length ?? 0) > 100 && performance.now();
    },
    undefined,
    { polling: 'raf', timeout: 20_000 },
  );
  return (await handle.jsonValue()) as number;
}

test('strategy map of a large roadmap', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  const file = makeRoadmapFile(11, size);
  expect(file.rows.measurements).toHaveLength(size.kpis * size.actualsPerKpi);
  const buffer = Buffer.from(JSON.stringify(file));
  await library.importFile({ name: 'map.rotta.json', mimeType: 'application/json', buffer });
  await library.roadmapLink(file.roadmap.name).click();
  const stages = page.getByRole('navigation', { name: 'Stages' });
  await page.getByRole('heading', { level: 1, name: 'Starting point' }).waitFor();
  const startingPoint = page.url();

  // From the stepper to the drawn map, on a fresh page load: code and data not in memory yet.
  const openMap = async () => {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const pressedAt = await notePress(page);
    const drawn = mapDrawnAt(page);
    await stages.getByRole('link', { name: /Strategy map/ }).click();
    return (await drawn) - (await pressedAt());
  };
  const cold = await timeMedian(5, async () => {
    await page.goto(startingPoint);
    await page.getByRole('heading', { level: 1, name: 'Starting point' }).waitFor();
    return openMap();
  });
  record({
    name: 'open the strategy map of a large roadmap (30 competitors, 12 goals, 60 KPIs x 120 values, 200 touchpoints, 60 people x 30 competencies) first time after a page load',
    milliseconds: cold,
    budget: 100,
  });
  const warm = await timeMedian(5, async () => {
    await stages.getByRole('link', { name: /Starting point/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Starting point' }).waitFor();
    return openMap();
  });
  record({
    name: 'open the strategy map of a large roadmap again from the stepper',
    milliseconds: warm,
    budget: 100,
  });

  const strategyMap = new StrategyMapPage(page);
  await expect(strategyMap.map).toBeVisible();
  let pages = 0;
  const pdfTime = await timeMedian(3, async () => {
    const started = Date.now();
    const pdf = await strategyMap.pdf('a4');
    const elapsed = Date.now() - started;
    pages = pdfPageCount(pdf);
    return elapsed;
  });
  expect(pages).toBe(1);
  record({
    name: 'print the strategy map of a large roadmap to a one-page A4 PDF',
    milliseconds: pdfTime,
    budget: 2000,
  });

  // The hand-over files of the same roadmap: button press to the file in the downloads.
  for (const [name, button, budget] of [
    ['download the map as a PDF file', 'Download PDF', 3000],
    ['download the PowerPoint deck', 'Download PowerPoint', 5000],
    ['download the Excel workbook', 'Download Excel workbook', 5000],
    ['download the CSV files', 'Download CSV files', 3000],
  ] as const) {
    const milliseconds = await timeMedian(3, async () => {
      const started = Date.now();
      await strategyMap.download(page.getByRole('button', { name: button }));
      return Date.now() - started;
    });
    record({ name: `${name} of a large roadmap (median of 3)`, milliseconds, budget });
  }

  // A stage's PDF: its pictured results and its tables (the training stage's 1,800 levels are cut
  // to their first rows; its heat map is too long to picture and is left to the tables).
  for (const [stage, heading] of [
    ['Channels', 'Channels'],
    ['Training', 'Training'],
  ] as const) {
    await stages.getByRole('link', { name: new RegExp(stage) }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    const milliseconds = await timeMedian(3, async () => {
      const started = Date.now();
      await strategyMap.download(page.getByRole('button', { name: 'Download PDF' }));
      return Date.now() - started;
    });
    record({
      name: `download the ${stage.toLowerCase()} stage as a PDF file of a large roadmap (median of 3)`,
      milliseconds,
      budget: 3000,
    });
  }
});
