import { makeRoadmapFile } from '../../src/test/generators';
import { expect, test } from './fixtures';
import {
  pdfPageCount,
  pdfText,
  pdfWordWidth,
  pngSize,
  StrategyMapPage,
} from './pages/strategy-map-page';

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

test('the A3 map of a large roadmap uses the larger sheet: more of it, same type, one page', async ({
  library,
  page,
}) => {
  const file = makeRoadmapFile(7, {
    competitors: 12,
    goals: 12,
    channels: 20,
    kpis: 30,
    phases: 10,
    touchpoints: 120,
    roles: 6,
    people: 30,
    modules: 12,
    goLive: true,
  });
  await library.open();
  await library.importFile({
    name: 'large.rotta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await library.roadmapLink(file.roadmap.name).click();
  const strategyMap = new StrategyMapPage(page);
  await strategyMap.open();

  const printed = async (paper: 'a4' | 'a3') => {
    const pdf = await strategyMap.pdf(paper);
    expect(pdfPageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    const distinct = (pattern: RegExp) => new Set(text.match(pattern) ?? []).size;
    return {
      goals: distinct(/\bGoal \d+\b/g),
      kpis: distinct(/\bKPI \d+\b/g),
      touchpoints: distinct(/\bTouchpoint \d+\b/g),
      phases: distinct(/\bPhase \d+\b/g),
      roles: distinct(/\bRole \d+\b/g),
      modules: distinct(/\bModule \d+\b/g),
      // Everything cut: the sum of every "+N more".
      cut: [...text.matchAll(/\+(\d+) more/g)].reduce((sum, match) => sum + Number(match[1]), 0),
      footerWidth: pdfWordWidth(pdf, 'Rotta'),
    };
  };
  const a4 = await printed('a4');
  const a3 = await printed('a3');
  expect(a4).toMatchObject({ goals: 4, kpis: 8, phases: 7, roles: 3, modules: 4 });
  expect(a3).toMatchObject({ goals: 6, kpis: 15, phases: 9, roles: 6, modules: 8 });
  expect(a3.touchpoints).toBeGreaterThan(2 * a4.touchpoints);
  expect(a3.cut).toBeLessThan(a4.cut);
  // The same type size in millimetres: a word is as wide on A3 as on A4, not √2 times wider.
  expect(a3.footerWidth).toBeCloseTo(a4.footerWidth, 0);

  // The map on screen, and so its images, follow the paper chosen.
  await expect(strategyMap.map).toHaveAttribute('viewBox', '0 0 2017 1426');
  const png = await strategyMap.download(strategyMap.pngButton);
  expect(pngSize(png.bytes)).toEqual({ width: 2 * 2017, height: 2 * 1426 });
  await strategyMap.paper.selectOption('a4');
  await expect(strategyMap.map).toHaveAttribute('viewBox', '0 0 1414 1000');
});
