import type { Locator, Page } from '@playwright/test';
import { openFold } from '../support/folds';

/** Stage 7: launch dates, rollout plan and readiness checklist, by roles and labels. */
export class GoLivePage {
  readonly goLiveDate: Locator;
  readonly pilotDate: Locator;
  readonly launch: Locator;
  readonly rolloutPlan: Locator;
  readonly checklist: Locator;
  readonly readiness: Locator;
  readonly addItemForm: Locator;

  constructor(readonly page: Page) {
    this.launch = page.getByRole('region', { name: 'Launch', exact: true });
    this.goLiveDate = this.launch.getByLabel('Go-live date', { exact: true });
    this.pilotDate = this.launch.getByLabel('Pilot date (optional)', { exact: true });
    this.rolloutPlan = page.getByRole('region', { name: 'Rollout plan' });
    this.readiness = page.getByRole('region', { name: 'Readiness checklist' });
    this.checklist = this.readiness.getByRole('list', { name: 'Checklist items' });
    this.addItemForm = page.getByRole('form', { name: 'Add a checklist item' });
  }

  /** Opens the checklist's items, folded under the readiness figure into a line that counts them. */
  async openChecklist() {
    await openFold(this.readiness);
  }

  /** A checklist entry, named by its label. */
  entry(label: string): Locator {
    return this.checklist.getByRole('listitem', { name: label, exact: true });
  }

  /** Picks an answer by its shown name, e.g. 'Done' or 'Automatic (Done)'. */
  async answer(label: string, answer: string) {
    await this.openChecklist();
    await this.entry(label).getByLabel('Answer', { exact: true }).selectOption({ label: answer });
  }

  /** The dates and note of one planned channel's rollout. */
  rollout(channel: string): Locator {
    return this.rolloutPlan.getByRole('group', { name: `Rollout of ${channel}` });
  }

  async addItem(label: string) {
    await this.openChecklist();
    await this.addItemForm.getByLabel('New checklist item').fill(label);
    await this.addItemForm.getByRole('button', { name: 'Add item' }).click();
  }
}
