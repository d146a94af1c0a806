import { expect, test } from './fixtures';
import { reloadApp } from './support/reload';

test.describe('in an Italian browser', () => {
  test.use({ locale: 'it-IT' });

  test('the interface is in Italian', async ({ page }) => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Roadmap', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nuova roadmap' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New roadmap' })).toHaveCount(0);
    await expect(page.getByLabel('Lingua (Language)')).toHaveValue('it');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  });

  test('the stage pages are in Italian too', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Nuova roadmap' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nuova roadmap' });
    await dialog.getByLabel('Nome', { exact: true }).fill('Servizio digitale 2027');
    await dialog.getByRole('button', { name: 'Crea roadmap' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Punto di partenza' })).toBeVisible();
    const stages = page.getByRole('navigation', { name: 'Tappe' });
    await expect(
      stages.getByRole('link', { name: /Metriche \(KPI\) e monitoraggio/ }),
    ).toBeVisible();
    await page.getByLabel('Appunti del workshop').fill('Appunti in italiano.');
    await expect(page.getByRole('status').filter({ hasText: /^Salvato$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Esporta roadmap' })).toBeVisible();
  });

  test('switching to English is remembered after a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Lingua (Language)').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Roadmaps' })).toBeVisible();
    await reloadApp(page);
    await expect(page.getByRole('button', { name: 'New roadmap' })).toBeVisible();
    await expect(page.getByLabel('Language', { exact: true })).toHaveValue('en');
  });
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('the interface is in English', async ({ page, library }) => {
    await library.open();
    await expect(library.newRoadmapButton).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nuova roadmap' })).toHaveCount(0);
    await expect(page.getByLabel('Language', { exact: true })).toHaveValue('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('choosing Italiano switches the interface at once and is remembered', async ({
    page,
    library,
    roadmap,
  }) => {
    await library.open();
    await library.createRoadmap({ name: 'Bilingual' });
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
    await library.open();

    await page.getByLabel('Language', { exact: true }).selectOption('Italiano');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Roadmap', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nuova roadmap' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Azioni per Bilingual' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');

    await reloadApp(page);
    await expect(page.getByRole('button', { name: 'Nuova roadmap' })).toBeVisible();
    await expect(page.getByLabel('Lingua (Language)')).toHaveValue('it');
    await page.getByRole('link', { name: 'Bilingual', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Punto di partenza' })).toBeVisible();

    // The roadmap's own content is never translated.
    await expect(page.getByText('Bilingual', { exact: true })).toBeVisible();
  });
});
