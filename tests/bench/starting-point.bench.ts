import { test, type Page } from '@playwright/test';
import { makeRoadmapFile } from '../../src/test/generators';
import {
  resultsBySubject,
  summarizeStartingPoint,
} from '../../src/features/starting-point/model/scoring';
import { LibraryPage } from '../e2e/pages/library-page';
import { record, timeMedian } from './report';

const competitors = 49;
const assessors = 8;

/** Time from a key press to the grid cell showing the new value, measured inside the page. */
async function timeKeyToRepaint(page: Page, value: string): Promise<number> {
  await page.evaluate(() => {
    const state = window as unknown as { keyAt?: number };
    document.addEventListener('keydown', () => (state.keyAt = performance.now()), {
      capture: true,
      once: true,
    });
  });
  await page.keyboard.press(value);
  const handle = await page.waitForFunction(
    (expected) => {
      const cell = document.activeElement
        ?.closest('tbody')
        ?.querySelector('tr:first-child [data-cell="0-0"] .score-value');
      const keyAt = (window as unknown as { keyAt?: number }).keyAt;
      return cell?.textContent === expected && keyAt !== undefined && performance.now() - keyAt;
    },
    value,
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

test(`stage 1 results of ${competitors} competitors x ${assessors} assessors`, async () => {
  // The pure aggregation behind the grid's means, the charts and the gaps; it runs on every score.
  const file = makeRoadmapFile(1, { competitors, assessors });
  const milliseconds = await timeMedian(10, async () => {
    const started = performance.now();
    resultsBySubject(file.rows.subjects, file.rows.scores);
    summarizeStartingPoint(file.rows.subjects, file.rows.scores);
    return performance.now() - started;
  });
  record({
    name: `aggregate stage 1 scores (${file.rows.scores.length} scores, median of 10)`,
    milliseconds,
    budget: 10,
  });
});

test(`starting point with ${competitors} competitors x ${assessors} assessors`, async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  const file = makeRoadmapFile(1, { competitors, assessors, goals: 3 });
  const buffer = Buffer.from(JSON.stringify(file));
  await library.importFile({ name: 'large.rotta.json', mimeType: 'application/json', buffer });
  await library.roadmapLink(file.roadmap.name).waitFor();
  console.log(
    `bench: large roadmap file: ${file.rows.scores.length} scores, ${(buffer.length / 1024).toFixed(0)} KB`,
  );

  // Navigation from the library to the scoring grid with every row drawn.
  const navigated = await page.evaluate(() => performance.now());
  await library.roadmapLink(file.roadmap.name).click();
  const shownAt = await (
    await page.waitForFunction(
      (rows) =>
        document.querySelectorAll('[role="grid"] tbody tr').length === rows && performance.now(),
      competitors + 1,
      { polling: 'raf' },
    )
  ).jsonValue();
  record({
    name: `open stage 1 (${competitors + 1} subjects, ${assessors} assessors)`,
    milliseconds: (shownAt as number) - navigated,
    budget: 500,
  });

  // Typing a score: key press to repaint, median of 10 presses on the same cell.
  await page.getByRole('gridcell').first().click();
  await page.keyboard.press('ArrowUp'); // stay on the first cell after each score moves focus down
  const times: number[] = [];
  for (let press = 0; press < 10; press += 1) {
    const value = String((press % 5) + 1);
    times.push(await timeKeyToRepaint(page, value));
    await page.keyboard.press('ArrowUp');
  }
  times.sort((a, b) => a - b);
  record({
    name: 'type a score: key press to repaint (median of 10)',
    milliseconds: times[5] ?? NaN,
    budget: 50,
  });
  record({
    name: 'type a score: key press to repaint (slowest of 10)',
    milliseconds: times[9] ?? NaN,
    budget: 100,
  });
});
