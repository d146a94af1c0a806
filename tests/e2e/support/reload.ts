import { expect, type Page } from '@playwright/test';

/**
 * Reloads once the header says every change is stored, as a careful user would. A reload while a
 * write is in flight would abort it (the app then asks before leaving); tests of persistence must
 * check what was saved, not race the database.
 */
export async function reloadWhenSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await reloadApp(page);
}

/** Reloads, and waits until the app's own page has replaced what was drawn before its code ran. */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await appHasTakenOver(page);
}

/**
 * Waits until the app's own page has replaced the page drawn before its code ran (the prerendered
 * frame or the picture of the page left): until then the same texts are in the page twice, and
 * the picture's controls do nothing.
 */
export async function appHasTakenOver(page: Page): Promise<void> {
  await expect(page.locator('#first-paint')).toHaveCount(0);
}
