import { makeRoadmapFile } from '../../src/test/generators';
import { expect, test } from './fixtures';
import { JourneyPage } from './pages/journey-page';
import { KpisPage } from './pages/kpis-page';
import { StrategyMapPage } from './pages/strategy-map-page';
import {
  type Box,
  clippedTexts,
  overlappingPairs,
  positioningBoxes,
  svgTextBoxes,
} from './support/boxes';

/** What a consultant sees projecting the sample roadmap at 1280 x 720: every label whole and apart. */
test.describe('the sample roadmap projected at 1280 x 720', () => {
  test.beforeEach(async ({ library }) => {
    await library.open();
    await library.sampleButton.click();
  });

  test('the six-phase journey scrolls inside its own box, never the page', async ({
    page,
    roadmap,
  }) => {
    await roadmap.goToStage('Customer journey');
    const journey = new JourneyPage(page);
    await expect(journey.phaseNames).toHaveCount(6);
    const widths = await journey.map.evaluate((map) => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      map: map.scrollWidth,
    }));
    expect(widths.viewport).toBe(1280);
    expect(widths.page).toBeLessThanOrEqual(1280);
  });

  test('the KPI chart’s value axis is as wide as its longest label', async ({ page, roadmap }) => {
    await roadmap.goToStage('KPIs and monitoring');
    const kpis = new KpisPage(page);
    await kpis.open('Calls to the call centre');
    // The chart's own SVG, not the legend's small icons.
    const svg = kpis
      .detail('Calls to the call centre')
      .getByRole('figure')
      .locator('svg', { hasText: 'calls/month' })
      .first();
    await expect(svg).toBeVisible();
    const { svg: box, texts } = await svgTextBoxes(svg);
    expect(texts.filter((text) => text.text.includes('calls/month')).length).toBeGreaterThan(1);
    expect(clippedTexts(box, texts)).toEqual([]);
    expect(overlappingPairs(texts)).toEqual([]);
    // A label squeezed into two lines is a label that did not fit.
    const values = texts.filter((text) => text.text.includes('calls/month'));
    for (const value of values) expect(value.bottom - value.top, value.text).toBeLessThan(24);
  });
});

for (const language of ['English', 'Italiano'] as const) {
  test(`the rollout timeline's names are whole and apart, in ${language}`, async ({
    page,
    library,
    roadmap,
  }) => {
    await library.open();
    await library.sampleButton.click();
    await roadmap.goToStage('Go live');
    await page.getByLabel('Language', { exact: true }).selectOption(language);
    const chart = page.getByRole('img', {
      name: language === 'English' ? 'Rollout timeline' : 'Cronologia dell’avvio',
    });
    await expect(chart).toBeVisible();
    const { svg, texts } = await svgTextBoxes(chart);
    expect(clippedTexts(svg, texts)).toEqual([]);
    expect(overlappingPairs(texts)).toEqual([]);
    // The sample's planned channels, written in full.
    const names = texts.map((text) => text.text);
    expect(names).toEqual(expect.arrayContaining(['Live chat', 'Knowledge base']));
  });
}

/** Every point named, no name on another name or on a point, nothing cut by the drawing's edge. */
async function expectPositioningReadable(strategyMap: StrategyMapPage, subjects: number) {
  const { points, labels } = await positioningBoxes(strategyMap.map);
  expect(points).toHaveLength(subjects);
  expect(labels.map((label) => label.text).sort()).toEqual(
    points.map((point) => point.text).sort(),
  );
  expect(overlappingPairs(labels)).toEqual([]);
  // Points may touch their own leader line but never sit under another point or any name.
  const pointsApart = points.flatMap((a, index) =>
    points.slice(index + 1).flatMap((b) => {
      const distance = Math.hypot(
        (a.left + a.right) / 2 - (b.left + b.right) / 2,
        (a.top + a.bottom) / 2 - (b.top + b.bottom) / 2,
      );
      return distance < (a.right - a.left) / 2 + (b.right - b.left) / 2 - 0.5
        ? [`${a.text} × ${b.text}`]
        : [];
    }),
  );
  expect(pointsApart).toEqual([]);
  const onPoints = labels.flatMap((label: Box) =>
    overlappingPairs([label, ...points]).filter((pair) => pair.startsWith(`${label.text} ×`)),
  );
  expect(onPoints).toEqual([]);
  const drawing = await strategyMap.map.evaluate((svg) => {
    const rect = svg.getBoundingClientRect();
    return { text: 'map', left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  });
  expect(clippedTexts(drawing, labels)).toEqual([]);
}

test.describe('the strategy map’s positioning chart', () => {
  test('names the best competitor of each theme, every one when they tie', async ({
    page,
    library,
  }) => {
    await library.open();
    await library.sampleButton.click();
    const strategyMap = new StrategyMapPage(page);
    await strategyMap.open();
    // Maestrale leads on digital; Grecale and Scirocco tie on culture at 13/3.
    await expect(strategyMap.map).toContainText('Best on digital channels: Maestrale Airways');
    await expect(strategyMap.map).toContainText(
      'Best on service culture: Grecale Volo and Scirocco Air',
    );
    await expectPositioningReadable(strategyMap, 5);
  });

  test('keeps every point and name visible when scores coincide, even in a corner', async ({
    page,
    library,
  }) => {
    await library.open();
    // One assessor: the own company and Competitor 5 both score 1 and 1, Competitors 1 and 6
    // both 3 and 3, and Competitor 2 sits in the top corner at 5 and 5.
    const file = makeRoadmapFile(12, { competitors: 6, assessors: 1 });
    await library.importFile({
      name: 'coinciding.rotta.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await library.roadmapLink(file.roadmap.name).click();
    const strategyMap = new StrategyMapPage(page);
    await strategyMap.open();
    await expect(strategyMap.map).toContainText('Best competitor: Competitor 2');
    await expectPositioningReadable(strategyMap, 7);
  });
});

test('stage 1’s positioning chart names every company apart when scores coincide', async ({
  page,
  library,
  roadmap,
}) => {
  await library.open();
  // Company 12 and Competitor 5 both at 1 and 1, Competitors 1 and 6 both at 3 and 3.
  const file = makeRoadmapFile(12, { competitors: 6, assessors: 1 });
  await library.importFile({
    name: 'coinciding.rotta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await library.roadmapLink(file.roadmap.name).click();
  await roadmap.goToStage('Starting point');
  const chart = page
    .getByRole('figure', { name: /^Positioning/ })
    .locator('svg', { hasText: 'Company 12' })
    .first();
  await expect(chart).toBeVisible();
  const labels = await chart.evaluate((svg) =>
    [...svg.querySelectorAll('[data-point-label]')].map((node) => {
      const rect = node.getBoundingClientRect();
      return {
        text: node.textContent ?? '',
        left: rect.left,
        top: rect.top,
        right: rect.right,
        bottom: rect.bottom,
      };
    }),
  );
  expect(labels.map((label) => label.text).sort()).toEqual(
    ['Company 12', ...Array.from({ length: 6 }, (_, index) => `Competitor ${index + 1}`)].sort(),
  );
  expect(overlappingPairs(labels)).toEqual([]);
  const { svg } = await svgTextBoxes(chart);
  expect(clippedTexts(svg, labels)).toEqual([]);
});
