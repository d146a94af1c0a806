import { expect, type Locator, type Page } from '@playwright/test';
import type { FileToChoose } from './library-page';
import { openFold } from '../support/folds';

/** Stage 3's survey and savings calculator, driven by roles and labels only. */
export class SurveySavingsPage {
  readonly survey: Locator;
  readonly savings: Locator;
  readonly respondents: Locator;
  readonly importButton: Locator;
  /** The savings plan's failure rate of the new channel and the share of failures that call back. */
  readonly failureRate: Locator;
  readonly callBackShare: Locator;

  constructor(readonly page: Page) {
    this.survey = page.getByRole('region', { name: 'Customer survey' });
    this.savings = page.getByRole('region', { name: 'Savings calculator' });
    this.respondents = this.survey.getByLabel('Respondents', { exact: true });
    this.importButton = this.survey.getByRole('button', { name: 'Import survey CSV' });
    this.failureRate = this.savings.getByLabel('Failure rate of the new channel (%)');
    this.callBackShare = this.savings.getByLabel('Share of those failures that call back (%)');
  }

  /** Opens the channels stage of the roadmap currently shown. */
  async open(roadmapId: string) {
    await this.page.goto(`/roadmaps/${encodeURIComponent(roadmapId)}/channels`);
    await expect(this.survey).toBeVisible();
  }

  /** Opens the survey's import and answers, folded once there is a survey. */
  async openSurvey() {
    await openFold(this.survey);
  }

  /** Opens the calculator's inputs (volumes, costs, shifts, failure rates), folded once planned. */
  async openInputs() {
    await openFold(this.savings);
  }

  count(channel: string): Locator {
    return this.survey.getByLabel(`Customers preferring ${channel}`, { exact: true });
  }

  /** The survey table's row of a channel (count, share, reasons). */
  surveyRow(channel: string): Locator {
    return this.survey
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: channel, exact: true }) });
  }

  /** A key number of the calculator: its label and value, read together. */
  figures(): Locator {
    return this.savings.getByRole('term').locator('..');
  }

  async chooseCsv(file: FileToChoose) {
    await this.openSurvey();
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(file);
  }

  /** The confirmation "Use as goal target" asks for before it changes any goal. */
  goalsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Set goal targets from this plan?' });
  }

  /** One goal in that confirmation, by the words that open its entry. */
  goalChange(start: string): Locator {
    return this.goalsDialog().getByRole('listitem').filter({ hasText: start });
  }

  mapping(): Locator {
    return this.page.getByRole('form', { name: 'Match the file to the channels' });
  }

  /** The question an import asks when the survey already has answers. */
  replaceOrAdd(): Locator {
    return this.page.getByRole('dialog', { name: 'The survey already has answers' });
  }

  /** Imports the mapped file and answers "replace or add?" when it is asked. */
  async importAnd(button: string, choice: 'Replace the survey' | 'Add these responses') {
    await this.mapping().getByRole('button', { name: button }).click();
    await this.replaceOrAdd().getByRole('button', { name: choice }).click();
    await expect(this.replaceOrAdd()).toBeHidden();
  }

  /** The header's Undo, which undoes the latest step of the roadmap. */
  async undo() {
    await this.page
      .getByRole('group', { name: 'Undo' })
      .getByRole('button', { name: 'Undo', exact: true })
      .click();
  }
}

export function csvFile(name: string, text: string): FileToChoose {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}
