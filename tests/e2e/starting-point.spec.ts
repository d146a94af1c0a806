import { expect, test } from './fixtures';
import { StartingPointPage } from './pages/starting-point-page';
import { contrastOnWhite } from './support/contrast';
import { reloadWhenSaved } from './support/reload';

test.describe('scoring the starting point', () => {
  test.beforeEach(async ({ library }) => {
    await library.open();
    await library.createRoadmap({ name: 'Workshop', company: 'Acme Assicurazioni' });
  });

  test('the own company is there from the start and competitors need a unique name', async ({
    page,
  }) => {
    const stage = new StartingPointPage(page);
    await expect(stage.grid.getByRole('rowheader', { name: /Acme Assicurazioni/ })).toBeVisible();
    await stage.addCompetitor('Polizza Facile');
    await stage.competitorName.fill('polizza facile');
    await stage.addCompetitorButton.click();
    await expect(
      page.getByText('There is already a subject called “polizza facile”.'),
    ).toBeVisible();
    await stage.competitorName.fill('');
    await stage.addCompetitorButton.click();
    await expect(page.getByText('Please fill this in.')).toBeVisible();
    await expect(stage.grid.getByRole('row')).toHaveCount(3); // header, own company, one competitor
  });

  test('scores are typed by keyboard, move down, clear with Delete, and survive a reload', async ({
    page,
    roadmap,
  }) => {
    const stage = new StartingPointPage(page);
    await stage.addCompetitor('Polizza Facile');
    await stage.addCompetitor('Assicura Subito');

    // Own company first row: 2, then the two competitors 4 and 5, typed without the mouse.
    await stage.typeScores('Acme Assicurazioni', 'Digital channels', '245');
    await expect(stage.cell('Acme Assicurazioni', 'Digital channels')).toContainText('2');
    await expect(stage.cell('Polizza Facile', 'Digital channels')).toContainText('4');
    await expect(stage.cell('Assicura Subito', 'Digital channels')).toContainText('5');

    // Arrow keys move; Delete clears a cell (it is not a zero).
    await stage.cell('Assicura Subito', 'Digital channels').press('ArrowRight');
    await expect(stage.cell('Assicura Subito', 'Service culture')).toBeFocused();
    await page.keyboard.press('3');
    await stage.cell('Polizza Facile', 'Digital channels').click();
    await page.keyboard.press('Delete');
    await expect(stage.cell('Polizza Facile', 'Digital channels')).toContainText('not scored');
    // What a screen reader says on the focused cell: its score, then the room's result it shows.
    await expect(page.locator(':focus')).toHaveAccessibleName(
      'Polizza Facile, Digital channels: not scored. Room: not scored yet',
    );
    await expect(page.getByRole('row', { name: /Best competitor/ })).toContainText(
      '5.0 · Assicura Subito',
    );

    await reloadWhenSaved(page);
    await expect(stage.cell('Acme Assicurazioni', 'Digital channels')).toContainText('2');
    await expect(stage.cell('Polizza Facile', 'Digital channels')).toContainText('not scored');
    await expect(stage.cell('Assicura Subito', 'Service culture')).toContainText('3');
    await expect(roadmap.stageLink('Starting point')).toContainText('in progress');
  });

  test('several assessors: the room result is the mean with its spread, and the stage completes', async ({
    page,
    roadmap,
  }) => {
    const stage = new StartingPointPage(page);
    await stage.addCompetitor('Polizza Facile');
    await stage.typeScores('Acme Assicurazioni', 'Digital channels', '24');
    await stage.typeScores('Acme Assicurazioni', 'Service culture', '35');
    await expect(roadmap.stageLink('Starting point')).toContainText('done');

    await stage.addAssessor('Marco');
    await expect(stage.cell('Acme Assicurazioni', 'Digital channels')).toContainText('not scored');
    await stage.typeScores('Acme Assicurazioni', 'Digital channels', '4');
    await expect(stage.cell('Acme Assicurazioni', 'Digital channels')).toContainText(
      'Room: 3.0 (range 2–4, 2 scored)',
    );
    await expect(page.getByRole('row', { name: /Own company/ })).toContainText('3.0');
    await expect(page.getByRole('row', { name: /^Gap to best/ })).toContainText('-1.0');

    // The first assessor's scores are kept apart.
    await stage.scoringAs.selectOption({ label: 'Assessor 1' });
    await expect(stage.cell('Acme Assicurazioni', 'Digital channels')).toContainText('2');
  });

  test('the charts show with a table of their numbers', async ({ page }) => {
    const stage = new StartingPointPage(page);
    await stage.addCompetitor('Polizza Facile');
    await stage.typeScores('Acme Assicurazioni', 'Digital channels', '24');
    await stage.typeScores('Acme Assicurazioni', 'Service culture', '35');
    const positioning = page.getByRole('figure', {
      name: 'Positioning: digital competence vs service culture',
    });
    await expect(positioning).toBeVisible();
    await positioning.scrollIntoViewIfNeeded();
    // Every subject is a labelled point, its name whole on one line placed where it is free.
    await expect(positioning.getByText('Polizza Facile', { exact: true })).toBeVisible();
    await expect(positioning.locator('[data-point]')).toHaveCount(2);
    // Pointing at a point shows its scores.
    await expect(positioning.locator('[data-point="Polizza Facile"] title')).toHaveText(
      'Polizza Facile: digital channels 4.0, service culture 5.0',
    );
    const bars = page.getByRole('figure', { name: 'Scores by theme' });
    await bars.scrollIntoViewIfNeeded();
    // Each subject's two means as bars, the longer the higher.
    const widths = await bars
      .locator('[data-bars="Polizza Facile"] rect')
      .evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute('width'))));
    expect(widths).toHaveLength(2);
    expect(widths[1]! / widths[0]!).toBeCloseTo(5 / 4, 1);
    await expect(bars.locator('.chart-legend li')).toHaveText([
      'Digital channels',
      'Service culture',
    ]);
    // The legend names the paler bars in readable text (axe cannot judge text beside a swatch).
    const legendColours = await bars
      .locator('.chart-legend li')
      .evaluateAll((items) => items.map((item) => getComputedStyle(item).color));
    for (const colour of legendColours)
      expect(contrastOnWhite(colour), colour).toBeGreaterThan(4.5);
    const table = page.getByRole('table', { name: 'Mean scores by subject' });
    await expect(table.getByRole('row', { name: /Polizza Facile/ })).toContainText('4.0 (4–4, 1)');
  });

  test('a removed competitor takes its scores with it, and Undo brings both back', async ({
    page,
  }) => {
    const stage = new StartingPointPage(page);
    await stage.addCompetitor('Polizza Facile');
    await stage.typeScores('Polizza Facile', 'Digital channels', '4');
    await page.getByRole('button', { name: 'Remove: Polizza Facile' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect(stage.grid.getByRole('rowheader', { name: 'Polizza Facile' })).toHaveCount(0);
    const toast = page.getByRole('status').filter({ hasText: 'Polizza Facile' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(stage.cell('Polizza Facile', 'Digital channels')).toContainText('4');

    // The header's Undo takes back the step before (the score), and Redo brings it back.
    const history = page.getByRole('group', { name: 'Undo' });
    await history.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(stage.cell('Polizza Facile', 'Digital channels')).not.toContainText('4');
    await history.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(stage.cell('Polizza Facile', 'Digital channels')).toContainText('4');
  });

  test('evidence and offered channels are saved as typed', async ({ page }) => {
    const stage = new StartingPointPage(page);
    await stage.addCompetitor('Polizza Facile');
    await page
      .getByRole('region', { name: 'Who is scored' })
      .getByText('Polizza Facile', { exact: true })
      .click();
    await page
      .getByLabel('What was observed: Digital channels')
      .last()
      .fill('Answers on WhatsApp within the hour');
    // Every channel a competitor offers, the phone and the counter as well as the digital ones.
    const offered = page.getByRole('group', { name: 'Service channels offered' }).last();
    await expect(offered.getByRole('checkbox', { name: 'Phone / call centre' })).toBeVisible();
    await offered.getByRole('checkbox', { name: 'Messaging apps' }).check();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /^Saved$/ })
        .first(),
    ).toBeVisible();
    await reloadWhenSaved(page);
    await page
      .getByRole('region', { name: 'Who is scored' })
      .getByText('Polizza Facile', { exact: true })
      .click();
    await expect(page.getByLabel('What was observed: Digital channels').last()).toHaveValue(
      'Answers on WhatsApp within the hour',
    );
    await expect(
      page
        .getByRole('group', { name: 'Service channels offered' })
        .last()
        .getByRole('checkbox', { name: 'Messaging apps' }),
    ).toBeChecked();
  });
});

test('the sample roadmap has four competitors scored by three assessors', async ({
  library,
  page,
}) => {
  await library.open();
  await library.sampleButton.click();
  const stage = new StartingPointPage(page);
  await expect(stage.grid.getByRole('rowheader')).toHaveCount(5);
  await expect(stage.scoringAs.locator('option')).toHaveText(['Giulia', 'Marco', 'Elena']);
  await expect(stage.cell('Maestrale Airways', 'Digital channels')).toContainText('3 scored');
});

test('goals show the starting-point gaps as context', async ({ library, page, roadmap }) => {
  await library.open();
  await library.sampleButton.click();
  await roadmap.goToStage('Goals and timelines');
  const context = page.getByRole('complementary', { name: 'Starting point' });
  await expect(context).toContainText(
    'Digital channels: 2.3 below the best competitor (Maestrale Airways)',
  );
  await expect(context).toContainText(
    'Service culture: 0.7 below the best competitor (Grecale Volo)',
  );
});
