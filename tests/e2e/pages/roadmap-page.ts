import { expect, type Locator, type Page } from '@playwright/test';

export const stageNames = [
  'Starting point',
  'Goals and timelines',
  'Channels',
  'KPIs and monitoring',
  'Customer journey',
  'Training',
  'Go live',
  'Strategy map',
] as const;

/** A roadmap's stage pages: the stepper, the stage heading and the stage notes. */
export class RoadmapPage {
  readonly stages: Locator;
  readonly exportButton: Locator;
  readonly notes: Locator;

  constructor(readonly page: Page) {
    this.stages = page.getByRole('navigation', { name: 'Stages' });
    this.exportButton = page.getByRole('button', { name: 'Export roadmap' });
    this.notes = page.getByLabel('Workshop notes');
  }

  stageLink(name: string): Locator {
    return this.stages.getByRole('link', { name: new RegExp(name) });
  }

  async goToStage(name: string) {
    await this.stageLink(name).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async writeNotes(text: string) {
    await this.notes.fill(text);
    await expect(this.page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  }
}
