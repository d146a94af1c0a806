import { expect, test } from './fixtures';
import { pngSize, StrategyMapPage } from './pages/strategy-map-page';

/*
 * Slide images: what the room sees of a stage in presenting mode, as a 1920x1080 PNG for people
 * who paste pictures into their own deck.
 */
test('presenting mode saves what the room sees of a stage as a 1920x1080 slide image', async ({
  library,
  roadmap,
  page,
}) => {
  await library.open();
  await library.sampleButton.click();
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.getByRole('button', { name: 'Reveal results' }).click();
  const strategyMap = new StrategyMapPage(page);
  const stage = await strategyMap.download(
    page.getByRole('button', { name: 'Download slide image' }),
  );
  expect(stage.download.suggestedFilename()).toMatch(
    /^Starting point – slide \d{4}-\d{2}-\d{2}\.png$/,
  );
  expect(pngSize(stage.bytes)).toEqual({ width: 1920, height: 1080 });
  // A drawn page, not an empty canvas: a blank 1920x1080 PNG compresses to a few kilobytes.
  expect(stage.bytes.length).toBeGreaterThan(40_000);

  await page.getByRole('link', { name: 'Next stage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Goals and timelines' })).toBeVisible();
  const goals = await strategyMap.download(
    page.getByRole('button', { name: 'Download slide image' }),
  );
  expect(goals.download.suggestedFilename()).toMatch(/^Goals and timelines – slide /);
  expect(pngSize(goals.bytes)).toEqual({ width: 1920, height: 1080 });
  // Scrolled down to the dot-vote, the slide is what the room sees there, not the page's top.
  // The stage may still be adding its lower sections when the wheel turns, so turn it until it moves.
  await expect(async () => {
    await page.mouse.wheel(0, 600);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  }).toPass({ timeout: 10_000 });
  const scrolled = await strategyMap.download(
    page.getByRole('button', { name: 'Download slide image' }),
  );
  expect(pngSize(scrolled.bytes)).toEqual({ width: 1920, height: 1080 });
  expect(scrolled.bytes.equals(goals.bytes)).toBe(false);
  // Saving a picture changes nothing about the roadmap: Undo has nothing new to take back.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});
