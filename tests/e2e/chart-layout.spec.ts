import { expect, test } from './fixtures';
import { JourneyPage } from './pages/journey-page';

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
});
