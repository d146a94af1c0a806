import { expect, test, type Page } from '@playwright/test';
import { makeRoadmapFile, type RoadmapSize } from '../../src/test/generators';
import { LibraryPage } from '../e2e/pages/library-page';
import { stageNames as stageHeadings } from '../e2e/pages/roadmap-page';
import { notePress } from './support/press';
import { record } from './report';

/**
 * A roadmap whose lists are at the most a roadmap may hold (the `maxRows` of each stage table:
 * subjects, assessors and every score, goals, channels, KPIs and their values, phases,
 * touchpoints, roles, people, competencies, modules, dot-votes), so the bench proves that each stage stays
 * usable at the limits. Keep it in step with the stages' `maxRows`.
 */
const atTheLimits: RoadmapSize = {
  competitors: 49,
  assessors: 40,
  goals: 100,
  channels: 40,
  kpis: 100,
  actualsPerKpi: 500,
  phases: 12,
  touchpoints: 600,
  roles: 30,
  people: 200,
  competencies: 40,
  modules: 100,
  goLive: true,
  // 2,000 dot-votes each on goals and on channels.
  voters: 100,
  votesEach: 20,
};

/** Records every long task of the page, so "interactive" can mean "the main thread is free". */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const state = window as unknown as { longTaskEnds: number[]; lastMutation: number };
    state.longTaskEnds = [];
    state.lastMutation = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.longTaskEnds.push(entry.startTime + entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
    // React renders a navigation in slices under 50 ms, so a drawn page is also one whose DOM
    // has stopped changing.
    new MutationObserver((records) => {
      // The links the app adds to <head> to fetch the other stages' code ahead change nothing
      // on screen; a change of the page itself does.
      if (records.some((record) => !document.head?.contains(record.target)))
        state.lastMutation = performance.now();
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

/**
 * Page clock when the stage's heading is drawn and the main thread has been free of long tasks
 * for half a second: the moment a click or a key press would be answered at once.
 */
async function interactiveAt(page: Page, heading: string): Promise<number> {
  const shown = await page.waitForFunction(
    (name) => {
      const h1 = document.querySelector('main h1');
      return h1?.textContent?.trim() === name && performance.now();
    },
    heading,
    { polling: 'raf', timeout: 120_000 },
  );
  const headingAt = (await shown.jsonValue()) as number;
  const quiet = await page.waitForFunction(
    () => {
      const state = window as unknown as { longTaskEnds: number[]; lastMutation: number };
      const ends = state.longTaskEnds;
      const lastEnd = Math.max(state.lastMutation, ends.length > 0 ? Math.max(...ends) : 0);
      return performance.now() - lastEnd > 500 && lastEnd;
    },
    undefined,
    { polling: 100, timeout: 30_000 },
  );
  return Math.max(headingAt, (await quiet.jsonValue()) as number);
}

test('every stage of a roadmap at the limits is interactive within a second', async ({ page }) => {
  test.setTimeout(600_000);
  await watchLongTasks(page);
  const library = new LibraryPage(page);
  await library.open();
  const file = makeRoadmapFile(9, atTheLimits);
  const buffer = Buffer.from(JSON.stringify(file));
  console.log(
    `bench: roadmap at the limits: ${Object.values(file.rows).reduce((sum, rows) => sum + rows.length, 0)} rows, ${(buffer.length / 1024 / 1024).toFixed(1)} MB`,
  );
  await library.importFile({ name: 'limits.rotta.json', mimeType: 'application/json', buffer });
  await expect(library.roadmapLink(file.roadmap.name)).toBeVisible({ timeout: 120_000 });
  await library.roadmapLink(file.roadmap.name).click();
  await interactiveAt(page, 'Starting point');
  const stages = page.getByRole('navigation', { name: 'Stages' });

  // From the stepper, each stage after the one before.
  for (const heading of stageHeadings) {
    if (heading === 'Starting point') {
      await stages.getByRole('link', { name: /Goals/ }).click();
      await interactiveAt(page, 'Goals and timelines');
    }
    const pressedAt = await notePress(page);
    const ready = interactiveAt(page, heading);
    await stages.getByRole('link', { name: new RegExp(heading) }).click();
    record({
      name: `at the limits: open ${heading} from the stepper`,
      milliseconds: (await ready) - (await pressedAt()),
      budget: 1000,
    });
  }

  // A deep link opened in a fresh page load: the data layer and the stage code start cold.
  const stageUrls: string[] = [];
  for (const heading of stageHeadings) {
    await stages.getByRole('link', { name: new RegExp(heading) }).click();
    await interactiveAt(page, heading);
    stageUrls.push(page.url());
  }
  for (const [index, url] of stageUrls.entries()) {
    const heading = stageHeadings[index]!;
    await page.goto(url);
    const ready = await interactiveAt(page, heading);
    // The page clock starts at the navigation.
    record({
      name: `at the limits: load ${heading} from its link`,
      milliseconds: ready,
      budget: 1000,
    });
  }
});
