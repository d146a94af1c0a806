import { expect, test, type Page } from '@playwright/test';
import { makeRoadmapFile } from '../../src/test/generators';
import { LibraryPage } from '../e2e/pages/library-page';
import { notePress } from './support/press';
import { record, timeMedian } from './report';

// The most KPIs a roadmap holds (the KPI table's limit).
const kpiCount = 100;
const actualsPerKpi = 260;

/** Page clock once the dashboard lists `cards` KPI cards, each with its trend line. */
async function cardsShownAt(page: Page, cards: number): Promise<number> {
  const handle = await page.waitForFunction(
    (expected) => {
      const list = document.querySelector('ul[aria-label="KPI dashboard"]');
      return (
        list?.querySelectorAll(':scope > li polyline').length === expected && performance.now()
      );
    },
    cards,
    { polling: 'raf', timeout: 20_000 },
  );
  return (await handle.jsonValue()) as number;
}

test(`KPIs stage with ${kpiCount} KPIs x ${actualsPerKpi} values`, async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  const file = makeRoadmapFile(5, { goals: 5, channels: 8, kpis: kpiCount, actualsPerKpi });
  expect(file.rows.measurements).toHaveLength(kpiCount * actualsPerKpi);
  const buffer = Buffer.from(JSON.stringify(file));
  await library.importFile({ name: 'kpis.rotta.json', mimeType: 'application/json', buffer });
  await library.roadmapLink(file.roadmap.name).click();
  const stages = page.getByRole('navigation', { name: 'Stages' });

  await page.getByRole('heading', { level: 1, name: 'Starting point' }).waitFor();
  const startingPoint = page.url();
  // Open stage 4 from the stepper until every card has its trend line. Each run starts from a
  // fresh page load, so nothing of stage 4 (code or data) is in memory yet: a cold first visit.
  const openKpis = async () => {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const pressedAt = await notePress(page);
    const shown = cardsShownAt(page, kpiCount);
    await stages.getByRole('link', { name: /KPIs and monitoring/ }).click();
    return (await shown) - (await pressedAt());
  };
  const cold = await timeMedian(5, async () => {
    await page.goto(startingPoint);
    await page.getByRole('heading', { level: 1, name: 'Starting point' }).waitFor();
    return openKpis();
  });
  record({
    name: `open the KPIs stage (${kpiCount} KPIs x ${actualsPerKpi} values) first time after a page load: code, data and ${kpiCount} cards`,
    milliseconds: cold,
    budget: 100,
  });
  // Coming back from another stage in the same session: code loaded, data kept by the query cache.
  const warm = await timeMedian(5, async () => {
    await stages.getByRole('link', { name: /Starting point/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Starting point' }).waitFor();
    return openKpis();
  });
  record({
    name: `open the KPIs stage (${kpiCount} KPIs x ${actualsPerKpi} values) again from the stepper, ${kpiCount} cards drawn`,
    milliseconds: warm,
    budget: 100,
  });

  // The detail chart never draws more than 4 points per pixel of its width.
  await page
    .getByRole('list', { name: 'KPI dashboard' })
    .getByRole('button', { name: 'KPI 1', exact: true })
    .click();
  const chart = page.getByRole('region', { name: 'KPI 1', exact: true }).getByRole('application');
  await chart.waitFor();
  const { width, points } = await chart.evaluate((svg) => {
    const line = svg.querySelector('.kpi-actual-line path.recharts-curve');
    const d = line?.getAttribute('d') ?? '';
    return {
      width: svg.getBoundingClientRect().width,
      points: (d.match(/[ML]/g) ?? []).length,
    };
  });
  console.log(`bench: detail chart draws ${points} points in ${width.toFixed(0)} px`);
  expect(points).toBeGreaterThan(0);
  expect(points).toBeLessThanOrEqual(4 * width);
});
