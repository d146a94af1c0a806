import { expect, test } from './fixtures';
import { pdfPageCount } from './pages/strategy-map-page';

test('a stage page prints its content without the app around it', async ({
  library,
  roadmap,
  page,
}) => {
  await library.open();
  await library.sampleButton.click();
  await roadmap.goToStage('Goals and timelines');
  await page.emulateMedia({ media: 'print' });
  await expect(roadmap.stageHeading('Goals and timelines')).toBeVisible();
  // The goal's card heading; the timeline also names it, in an SVG that prints too.
  await expect(
    page.getByRole('heading', { level: 3, name: 'Fewer calls about baggage and check-in' }),
  ).toBeVisible();
  await expect(roadmap.stages).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next stage' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByLabel('Language', { exact: true })).toBeHidden();
  await expect(roadmap.exportButton).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
  // The page's own @page rule is A4 portrait with margins; the map's landscape rule is not there.
  const pageRule = await page.evaluate(() =>
    [...document.querySelectorAll('style')].some((style) => style.dataset.strategyMapPrint),
  );
  expect(pageRule).toBe(false);
});

test('a folded stage intro prints open', async ({ library, roadmap, page }) => {
  await library.open();
  await library.sampleButton.click();
  await roadmap.goToStage('Goals and timelines');
  const tips = page.getByRole('heading', { level: 2, name: 'Tips' });
  // Opened when the sample loaded, it may already be folded here: fold it if not.
  if (await tips.isVisible()) await page.getByText('About this stage').click();
  await expect(tips).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(tips).toBeVisible();
});
