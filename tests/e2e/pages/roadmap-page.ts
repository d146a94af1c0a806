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

export const stageSlugs = [
  'starting-point',
  'goals',
  'channels',
  'kpis',
  'journey',
  'training',
  'go-live',
  'strategy-map',
] as const;

/** A roadmap's stage pages: the stepper, the stage heading and the stage notes. */
export class RoadmapPage {
  readonly stages: Locator;
  readonly exportButton: Locator;
  readonly notes: Locator;
  readonly saved: Locator;
  /** In an empty stage: opens that stage of the sample roadmap. */
  readonly sampleLink: Locator;

  constructor(readonly page: Page) {
    this.stages = page.getByRole('navigation', { name: 'Stages', exact: true });
    this.exportButton = page.getByRole('button', { name: 'Export roadmap' });
    this.notes = page.getByLabel('Workshop notes');
    this.saved = page.getByRole('status').filter({ hasText: /^Saved$/ });
    this.sampleLink = page.getByRole('link', { name: 'See the sample roadmap' });
  }

  stageLink(name: string): Locator {
    return this.stages.getByRole('link', { name: new RegExp(name) });
  }

  stageHeading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** The id in the current `/roadmaps/:id/:stage` address. */
  roadmapId(): string {
    const match = /\/roadmaps\/([^/]+)\//.exec(new URL(this.page.url()).pathname);
    if (!match?.[1]) throw new Error(`Not on a roadmap page: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  async goToStage(name: string) {
    await this.stageLink(name).click();
    await expect(this.stageHeading(name)).toBeVisible();
  }

  /**
   * Moves to a stage as the team does in a workshop, in any language: from the stepper, or from
   * the presenting bar's arrows while presenting (no page load). Returns once the stage's page
   * has taken the last one's place. Stays on the stage it is on.
   */
  async openStage(slug: (typeof stageSlugs)[number]) {
    const here = new RegExp(`/${slug}(\\?present)?$`);
    if (here.test(this.page.url())) return;
    const presenting = this.page.locator('.workshop-presenting-nav');
    const from = (await presenting.isVisible()) ? presenting : this.page.locator('nav.stepper');
    await from.locator(`a[href*="/${slug}"]`).click();
    await this.page.waitForURL(here);
    // The last stage stays on screen until this one is drawn (navigations are transitions).
    await this.page.locator(`article.stage-page.stage-${slug}`).waitFor();
  }

  async writeNotes(text: string) {
    await this.notes.fill(text);
    await expect(this.saved).toBeVisible();
  }
}
