import { expect, test } from './fixtures';
import { JourneyPage } from './pages/journey-page';
import { KpisPage } from './pages/kpis-page';
import { clippedTexts, overlappingPairs, svgTextBoxes } from './support/boxes';

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
