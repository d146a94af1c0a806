import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from '../support/text';

/** Stage 1: competitors, assessors and the scoring grid. */
export class StartingPointPage {
  readonly grid: Locator;
  readonly competitorName: Locator;
  readonly addCompetitorButton: Locator;
  readonly assessorName: Locator;
  readonly addAssessorButton: Locator;
  readonly scoringAs: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid');
    this.competitorName = page.getByLabel('Competitor name');
    this.addCompetitorButton = page.getByRole('button', { name: 'Add competitor' });
    this.assessorName = page.getByLabel('Assessor name');
    this.addAssessorButton = page.getByRole('button', { name: 'Add assessor' });
    this.scoringAs = page.getByLabel('Scoring as');
  }

  async addCompetitor(name: string) {
    await this.competitorName.fill(name);
    await this.competitorName.press('Enter');
    await expect(this.grid.getByRole('rowheader', { name, exact: true })).toBeVisible();
  }

  async addAssessor(name: string) {
    await this.assessorName.fill(name);
    await this.addAssessorButton.click();
    await expect(this.scoringAs).toHaveValue(/.+/);
    await expect(this.scoringAs.locator('option:checked')).toHaveText(name);
  }

  cell(subject: string, theme: 'Digital channels' | 'Service culture'): Locator {
    // The cell's name ends with what it holds: "Acme, Digital channels: 4".
    return this.grid.getByRole('gridcell', {
      name: new RegExp(`^${escapeRegExp(subject)}, ${theme}: `),
    });
  }

  /** Types the scores of one column from the given subject down, as a room would. */
  async typeScores(
    firstSubject: string,
    theme: 'Digital channels' | 'Service culture',
    scores: string,
  ) {
    await this.cell(firstSubject, theme).click();
    for (const score of scores) await this.page.keyboard.press(score);
  }
}
