import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The computed font size, in px, of the first element the selector finds. */
const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

test.describe('presenting the sample roadmap at 1280x720', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.sampleButton.click();
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  });

  test('P opens it, the arrows and Page keys move through the stages, Escape leaves', async ({
    roadmap,
    page,
  }) => {
    await roadmap.goToStage('KPIs and monitoring');
    await page.keyboard.press('p');
    const bar = page.getByRole('toolbar', { name: 'Presenting' });
    await expect(bar).toBeVisible();
    await expect(page).toHaveURL(/\/kpis\?present$/);
    // The result alone, large: the dashboard with its numbers, no editing, no app chrome.
    await expect(roadmap.stages).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Monitoring dashboard' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add KPI' })).toBeHidden();
    await expect(page.getByLabel('Workshop notes')).toBeHidden();
    expect(await fontSize(page, 'html')).toBeGreaterThanOrEqual(24);
    expect(await fontSize(page, '.kpi-card-value')).toBeGreaterThanOrEqual(64);
    await expect(page.getByRole('heading', { name: 'Calls to the call centre' })).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(roadmap.stageHeading('Customer journey')).toBeVisible();
    await expect(page).toHaveURL(/\/journey\?present$/);
    await page.keyboard.press('PageDown');
    await expect(roadmap.stageHeading('Training')).toBeVisible();
    expect(await fontSize(page, '.big-number')).toBeGreaterThanOrEqual(64);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect(roadmap.stageHeading('KPIs and monitoring')).toBeVisible();
    // A reload keeps presenting.
    await page.reload();
    await expect(bar).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(bar).toBeHidden();
    await expect(roadmap.stages).toBeVisible();
    await expect(page).toHaveURL(/\/kpis$/);
    await expect(page.getByLabel('Workshop notes')).toBeVisible();
  });

  test('the Present button opens it; the room’s scores stay covered until revealed', async ({
    page,
    roadmap,
  }) => {
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const bar = page.getByRole('toolbar', { name: 'Presenting' });
    await expect(bar).toBeVisible();
    const chart = page.getByRole('figure', {
      name: 'Positioning: digital competence vs service culture',
    });
    await expect(chart).toBeHidden();
    await bar.getByRole('button', { name: 'Reveal results' }).click();
    await expect(bar.getByRole('button', { name: 'Reveal results' })).toHaveCount(0);
    await expect(chart).toBeVisible();

    await bar.getByRole('link', { name: 'Next stage' }).click();
    await expect(roadmap.stageHeading('Goals and timelines')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();
    await bar.getByRole('button', { name: 'Stop presenting' }).click();
    await expect(roadmap.stages).toBeVisible();
  });

  test('has no accessibility violations', async ({ page, roadmap }) => {
    test.slow();
    await roadmap.goToStage('Go live');
    await page.keyboard.press('p');
    await expect(page.getByRole('toolbar', { name: 'Presenting' })).toBeVisible();
    await expect(page.getByText('Time to go-live').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.length }))).toEqual([]);
    await page.screenshot({ path: 'test-results/presenting-go-live.png' });
  });
});

test('speaks Italian', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'it-IT' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Carica la roadmap di esempio' }).click();
  await page.getByRole('button', { name: 'Presenta', exact: true }).click();
  const bar = page.getByRole('toolbar', { name: 'Presentazione' });
  await expect(bar).toContainText('Tappa 1 di 7');
  await expect(bar.getByRole('button', { name: 'Mostra i risultati' })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Esci dalla presentazione' })).toBeVisible();
  await page.screenshot({ path: 'test-results/presenting-it.png' });
  await context.close();
});
