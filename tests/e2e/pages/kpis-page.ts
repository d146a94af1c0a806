import { expect, type Locator, type Page } from '@playwright/test';

/** Stage 4: the KPI dashboard, the selected KPI's detail, its values log, by roles and labels. */
export class KpisPage {
  readonly dashboard: Locator;
  readonly addButton: Locator;
  readonly addForm: Locator;
  readonly entry: Locator;

  constructor(readonly page: Page) {
    this.dashboard = page.getByRole('list', { name: 'KPI dashboard' });
    this.addButton = page.getByRole('button', { name: 'Add KPI', exact: true });
    this.addForm = page.getByRole('form', { name: 'Add a KPI' });
    this.entry = page.getByRole('form', { name: 'Add a value' });
  }

  card(name: string): Locator {
    return this.dashboard.getByRole('listitem', { name, exact: true });
  }

  detail(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  values(): Locator {
    return this.page.getByRole('table', { name: /^Values of / }).getByRole('row');
  }

  /** Adds a catalogue KPI by its name, or a custom one when `customName` is given. */
  async add(kpi: string, customName?: string) {
    await this.addButton.click();
    await this.addForm.getByLabel('KPI', { exact: true }).selectOption({ label: kpi });
    if (customName !== undefined)
      await this.addForm.getByLabel('Name of the custom KPI').fill(customName);
    await this.addForm.getByRole('button', { name: 'Add this KPI' }).click();
    await expect(this.card(customName ?? kpi)).toBeVisible();
  }

  /** Opens the add form from the warning that the goal has no KPI. */
  async addFor(goalTitle: string) {
    // Every such warning's button reads the same: take the one beside this goal's text.
    await this.page
      .getByRole('paragraph')
      .filter({ hasText: `No KPI measures the goal “${goalTitle}”.` })
      .locator('xpath=..')
      .getByRole('button', { name: 'Add a KPI for it' })
      .click();
    await expect(this.addForm).toBeVisible();
  }

  async open(name: string) {
    await this.card(name).getByRole('button', { name, exact: true }).click();
    await expect(this.detail(name)).toBeVisible();
  }

  /** Types a value (and a date) in the quick-entry row and presses Enter. */
  async logValue(value: string, date?: string) {
    if (date) await this.entry.getByLabel('Date').fill(date);
    await this.entry.getByLabel(/^Value/).fill(value);
    await this.entry.getByLabel(/^Value/).press('Enter');
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  warning(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
