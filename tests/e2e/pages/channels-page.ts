import { expect, type Locator, type Page } from '@playwright/test';
import { openFold } from '../support/folds';

/** Stage 3's channel list, demographics, evidence and checks, driven by roles and labels only. */
export class ChannelsPage {
  readonly list: Locator;
  readonly addForm: Locator;
  readonly demographics: Locator;
  readonly evidence: Locator;
  readonly evidenceTable: Locator;
  readonly expectedTable: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('region', { name: 'Channels in the roadmap' });
    this.addForm = page.getByRole('form', { name: 'Add a channel' });
    this.demographics = page.getByRole('region', { name: 'Customers by generation' });
    this.evidence = page.getByRole('region', { name: 'Initial idea and evidence' });
    this.evidenceTable = this.evidence.getByRole('table', { name: 'Evidence for each channel' });
    this.expectedTable = this.demographics.getByRole('table', {
      name: 'Share of customers expected to prefer each group of channels',
    });
  }

  /** Opens the channel cards and the add form, folded on a long list. */
  async openList() {
    await openFold(this.list);
  }

  /** Opens the age-mix editor and its expected preferences, folded once filled in. */
  async openDemographics() {
    await openFold(this.demographics);
  }

  /** Opens the chart under the evidence table, folded on a long table. */
  async openEvidenceChart() {
    await openFold(this.evidence);
  }

  /** Adds a catalogue channel by its name, or a custom one when `customName` is given. */
  async add(channel: string, status: string, customName?: string) {
    await this.openList();
    await this.addForm.getByLabel('Channel', { exact: true }).selectOption({ label: channel });
    if (customName !== undefined)
      await this.addForm.getByLabel('Name of the custom channel').fill(customName);
    await this.addForm.getByLabel('Status', { exact: true }).selectOption({ label: status });
    await this.addForm.getByRole('button', { name: 'Add channel' }).click();
    await expect(this.row(customName ?? channel)).toBeVisible();
  }

  row(name: string): Locator {
    return this.list.getByRole('listitem', { name, exact: true });
  }

  status(name: string): Locator {
    return this.row(name).getByLabel(`Status of ${name}`, { exact: true });
  }

  field(name: string, label: string): Locator {
    return this.row(name).getByLabel(label, { exact: true });
  }

  /** A share field of the demographics editor, by generation name. */
  share(generation: string): Locator {
    return this.demographics.getByLabel(new RegExp(`^${generation} \\(`));
  }

  expectedRow(group: string): Locator {
    return this.expectedTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: group, exact: true }) });
  }

  evidenceRow(channel: string): Locator {
    return this.evidenceTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: channel, exact: true }) });
  }

  warning(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  saved(name: string): Locator {
    return this.row(name)
      .getByRole('status')
      .filter({ hasText: /^Saved$/ });
  }
}
