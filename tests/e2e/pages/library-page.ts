import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type FileToChoose = { name: string; mimeType: string; buffer: Buffer } | string;

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

  /** The polite live region where short confirmations (and undo) appear. */
  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  actionsFor(name: string): Locator {
    return this.page.getByRole('group', { name: `Actions for ${name}`, exact: true });
  }

  /** The library's explanation, shown only while there is no roadmap at all. */
  emptyIntro(): Locator {
    return this.page.getByText('seven stages of a digital service roadmap');
  }

  async createRoadmap(fields: { name: string; company?: string }) {
    await this.newRoadmapButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'New roadmap' });
    await dialog.getByLabel('Name', { exact: true }).fill(fields.name);
    if (fields.company) await dialog.getByLabel('Company', { exact: true }).fill(fields.company);
    await dialog.getByRole('button', { name: 'Create roadmap' }).click();
  }

  async rename(from: string, to: string) {
    await this.actionsFor(from).getByRole('button', { name: 'Rename' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Roadmap details' });
    await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue(from);
    await dialog.getByLabel('Name', { exact: true }).fill(to);
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expect(dialog).toBeHidden();
  }

  async duplicate(name: string) {
    await this.actionsFor(name).getByRole('button', { name: 'Duplicate' }).click();
  }

  /** Deletes through the confirmation dialog. */
  async delete(name: string) {
    await this.actionsFor(name).getByRole('button', { name: 'Delete' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Delete “${name}”?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
    // The row leaves once the delete is committed.
    await expect(this.roadmapLink(name)).toHaveCount(0);
  }

  /** Picks a file through the browser's own file chooser, as a user would. */
  async chooseFile(button: Locator, file: FileToChoose) {
    const chooser = this.page.waitForEvent('filechooser');
    await button.click();
    await (await chooser).setFiles(file);
  }

  async importFile(file: FileToChoose) {
    await this.chooseFile(this.importButton, file);
  }

  async restoreFile(file: FileToChoose) {
    await this.chooseFile(this.restoreButton, file);
  }

  /** Clicks a button that downloads a file, and returns the download. */
  async download(button: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await button.click();
    return download;
  }
}
