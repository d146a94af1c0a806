import { expect, test, type Page } from '@playwright/test';
import { makeRoadmapFile } from '../../src/test/generators';
import { LibraryPage } from '../e2e/pages/library-page';
import { record, timeMedian } from './report';

const people = 60;
const competencies = 30;

/** Page clock once the heat map shows every person by every competency. */
async function heatMapDrawnAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (expected) => {
      const table = document.querySelector(
        'table[aria-label="Gaps between current and required levels"]',
      );
      return table?.querySelectorAll('tbody td').length === expected && performance.now();
    },
    people * competencies,
    { polling: 'raf', timeout: 20_000 },
  );
  return (await handle.jsonValue()) as number;
}

test(`training stage with ${people} people x ${competencies} competencies`, async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  const file = makeRoadmapFile(6, { roles: 6, people, competencies, modules: 12, goLive: true });
  expect(file.rows.trainingPeople).toHaveLength(people);
  const buffer = Buffer.from(JSON.stringify(file));
  await library.importFile({ name: 'training.rotta.json', mimeType: 'application/json', buffer });
  await library.roadmapLink(file.roadmap.name).click();
  const stages = page.getByRole('navigation', { name: 'Stages' });
  await page.getByRole('heading', { level: 1, name: 'Starting point' }).waitFor();
  const startingPoint = page.url();

  const openTraining = async () => {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const clicked = await page.evaluate(() => performance.now());
    await stages.getByRole('link', { name: /Training/ }).click();
    return (await heatMapDrawnAt(page)) - clicked;
  };
  // Each run starts from a fresh page load: nothing of stage 6 is in memory yet.
  const cold = await timeMedian(5, async () => {
    await page.goto(startingPoint);
    await page.getByRole('heading', { level: 1, name: 'Starting point' }).waitFor();
    return openTraining();
  });
  record({
    name: `open the training stage (${people} people x ${competencies} competencies) first time after a page load, heat map drawn`,
    milliseconds: cold,
    budget: 150,
  });
  const warm = await timeMedian(5, async () => {
    await stages.getByRole('link', { name: /Starting point/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Starting point' }).waitFor();
    return openTraining();
  });
  record({
    name: `open the training stage (${people} people x ${competencies} competencies) again from the stepper, heat map drawn`,
    milliseconds: warm,
    budget: 150,
  });

  // Switching the heat map between people and roles redraws it.
  const toggle = page.getByRole('group', { name: 'Show the heat map by' });
  const switched = await timeMedian(5, async () => {
    await toggle.getByRole('button', { name: 'Roles' }).click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll(
          'table[aria-label="Gaps between current and required levels"] tbody tr',
        ).length === 6,
    );
    const clicked = await page.evaluate(() => performance.now());
    await toggle.getByRole('button', { name: 'People' }).click();
    return (await heatMapDrawnAt(page)) - clicked;
  });
  record({
    name: `redraw the ${people} x ${competencies} heat map when switching from roles to people`,
    milliseconds: switched,
    budget: 150,
  });
});
