import { expect, type Locator, type Page } from '@playwright/test';
import { openFold } from '../support/folds';
import { escapeRegExp } from '../support/text';

/** Stage 6: team, competencies, levels grid, heat map, modules and schedule, by roles and labels. */
export class TrainingPage {
  readonly roles: Locator;
  readonly heatMap: Locator;
  readonly readiness: Locator;
  readonly modules: Locator;
  readonly addModuleForm: Locator;

  constructor(readonly page: Page) {
    this.roles = page.getByRole('list', { name: 'Roles', exact: true });
    this.heatMap = page.getByRole('table', { name: 'Gaps between current and required levels' });
    this.readiness = page.getByLabel('Team readiness');
    this.modules = page.getByRole('list', { name: 'Training modules' });
    this.addModuleForm = page.getByRole('form', { name: 'New training module' });
  }

  /** A panel of the stage by its heading: 'Team', 'Competencies', 'Levels', 'Training modules'. */
  panel(heading: string): Locator {
    return this.page.getByRole('region', { name: heading, exact: true });
  }

  /** Opens a panel's list, folded into a line that counts it once the list is long. */
  async openPanel(heading: 'Team' | 'Competencies' | 'Levels' | 'Training modules' | string) {
    await openFold(this.panel(heading));
  }

  role(name: string): Locator {
    return this.roles.getByRole('listitem', { name, exact: true });
  }

  async addRole(name: string) {
    const field = this.page.getByRole('textbox', { name: 'New role', exact: true });
    await field.fill(name);
    await field.press('Enter');
    await expect(this.role(name)).toBeVisible();
    // Enter keeps the focus in the field, ready for the next role.
    await expect(field).toBeFocused();
  }

  async addPerson(role: string, name: string) {
    const field = this.page.getByRole('textbox', { name: `Add a person to ${role}` });
    await field.fill(name);
    await field.press('Enter');
    await expect(this.role(role).getByRole('listitem', { name, exact: true })).toBeVisible();
  }

  grid(kind: 'required' | 'current'): Locator {
    return this.page.getByRole('grid', {
      name:
        kind === 'required'
          ? 'Required levels by role and competency'
          : 'Current levels by person and competency',
    });
  }

  async showLevels(kind: 'required' | 'current') {
    await this.page
      .getByRole('button', { name: kind === 'required' ? 'Required levels' : 'Current levels' })
      .click();
  }

  cell(kind: 'required' | 'current', holder: string, competency: string): Locator {
    // The cell's name ends with what it holds: "Anna, Empathy: 3".
    return this.grid(kind).getByRole('gridcell', {
      name: new RegExp(`^${escapeRegExp(holder)}, ${escapeRegExp(competency)}: `),
    });
  }

  /** Focuses a cell and types levels: each digit sets a cell and moves to the next one. */
  async typeLevels(kind: 'required' | 'current', holder: string, competency: string, keys: string) {
    await this.cell(kind, holder, competency).click();
    for (const key of keys) await this.page.keyboard.press(key);
  }

  heatRow(name: string): Locator {
    return this.heatMap
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  module(title: string): Locator {
    return this.modules.getByRole('listitem', { name: title, exact: true });
  }

  /** Opens the stage's checks, which fold into one line under the results. */
  async openChecks() {
    const fold = this.page.locator('details.warning-fold');
    await expect(fold).toBeVisible();
    if (!(await fold.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await fold.getByText(/checks? needs? attention/).click();
    }
  }

  warning(text: string | RegExp): Locator {
    return this.page.getByRole('status', { name: 'Training checks' }).filter({ hasText: text });
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
