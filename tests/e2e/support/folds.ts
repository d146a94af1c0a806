import { expect, type Locator } from '@playwright/test';

/**
 * Opens the folded list inside `within` (its first one, or the one whose line says `summary`), as
 * a user would: a click on the line. Does nothing when it is open already.
 */
export async function openFold(within: Locator, summary?: string | RegExp) {
  const folds = within.locator('details');
  const fold =
    summary === undefined
      ? folds.first()
      : folds.filter({ has: within.page().locator('summary', { hasText: summary }) }).first();
  if ((await fold.getAttribute('open')) !== null) return;
  await fold.locator('summary').first().click();
  await expect(fold).toHaveAttribute('open', '');
}
