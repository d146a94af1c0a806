import { expect, type Locator, type Page } from '@playwright/test';

/** The roadmap library at `/`, driven by roles and labels only. */
export class LibraryPage {
  readonly heading: Locator;
  readonly newRoadmapButton: Locator;
  readonly importButton: Locator;
  readonly sampleButton: Locator;
  readonly backupButton: Locator;
  readonly restoreButton: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Roadmaps' });
    this.newRoadmapButton = page.getByRole('button', { name: 'New roadmap' });
    this.importButton = page.getByRole('button', { name: 'Import roadmap' });
    this.sampleButton = page.getByRole('button', { name: 'Load sample roadmap' });
    this.backupButton = page.getByRole('button', { name: 'Back up library' });
    this.restoreButton = page.getByRole('button', { name: 'Restore backup' });
    this.alert = page.getByRole('alert');
  }

  async open() {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  roadmapLink(name: string): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }

  roadmapLinks(): Locator {
    return this.page.getByRole('table').getByRole('rowheader').getByRole('link');
  }

  actionsFor(name: string): Locator {
    return this.page.getByRole('group', { name: `Actions for ${name}`, exact: true });
  }

  async createRoadmap(fields: { name: string; company?: string }) {
    await this.newRoadmapButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'New roadmap' });
    await dialog.getByLabel('Name', { exact: true }).fill(fields.name);
    if (fields.company) await dialog.getByLabel('Company', { exact: true }).fill(fields.company);
    await dialog.getByRole('button', { name: 'Create roadmap' }).click();
  }

  /** Picks a file through the browser's own file chooser, as a user would. */
  async chooseFile(button: Locator, file: { name: string; mimeType: string; buffer: Buffer } | string) {
    const chooser = this.page.waitForEvent('filechooser');
    await button.click();
    await (await chooser).setFiles(file);
  }

  async importFile(file: { name: string; mimeType: string; buffer: Buffer } | string) {
    await this.chooseFile(this.importButton, file);
  }
}
