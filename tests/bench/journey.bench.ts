import { test } from '@playwright/test';
import { makeRoadmapFile } from '../../src/test/generators';
import { LibraryPage } from '../e2e/pages/library-page';
import { notePress } from './support/press';
import { record, timeMedian } from './report';

const touchpointCount = 400;

test(`journey stage with ${touchpointCount} touchpoints`, async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  const file = makeRoadmapFile(5, {
    channels: 10,
    kpis: 20,
    phases: 8,
    touchpoints: touchpointCount,
  });
  const buffer = Buffer.from(JSON.stringify(file));
  await library.importFile({ name: 'journey.rotta.json', mimeType: 'application/json', buffer });
  await library.roadmapLink(file.roadmap.name).click();
  const stages = page.getByRole('navigation', { name: 'Stages' });

  // Click "Customer journey" in the stepper, then wait (every animation frame) until all
  // touchpoint cards are in the DOM. Repeated from the previous stage, median of five.
  const milliseconds = await timeMedian(5, async () => {
    await stages.getByRole('link', { name: /KPIs and monitoring/ }).click();
    await page.getByRole('heading', { level: 1, name: 'KPIs and monitoring' }).waitFor();
    const pressedAt = await notePress(page);
    const shown = page.waitForFunction(
      (expected) =>
        document.querySelectorAll('.journey-card').length === expected && performance.now(),
      touchpointCount,
      { polling: 'raf', timeout: 20_000 },
    );
    await stages.getByRole('link', { name: /Customer journey/ }).click();
    return ((await (await shown).jsonValue()) as number) - (await pressedAt());
  });
  record({
    name: `open the journey map with ${touchpointCount} touchpoints (8 phases)`,
    milliseconds,
    budget: 100,
  });
});
