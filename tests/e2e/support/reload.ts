import { expect, type Page } from '@playwright/test';

/**
 * Reloads once the header says every change is stored, as a careful user would. A reload while a
 * write is in flight would abort it (the app then asks before leaving); tests of persistence must
 * check what was saved, not race the database.
 */
export async function reloadWhenSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.reload();
}
