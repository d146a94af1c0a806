import { expect, type Locator, type Page } from '@playwright/test';

/** Stage 2, goals and timelines, driven by roles and labels only. */
export class GoalsPage {
  readonly addButton: Locator;
  readonly newGoal: Locator;
  readonly saveButton: Locator;
  readonly goalList: Locator;
  readonly timeline: Locator;
  readonly timelineChart: Locator;

  constructor(readonly page: Page) {
    this.addButton = page.getByRole('button', { name: 'Add goal', exact: true });
    this.newGoal = page.getByRole('region', { name: 'New goal' });
    this.saveButton = this.newGoal.getByRole('button', { name: 'Save goal' });
    this.goalList = page.getByRole('region', { name: /^Goals by deadline/ }).getByRole('list');
    this.timeline = page.getByRole('region', { name: 'Timeline' });
    this.timelineChart = this.timeline.getByRole('img', { name: /Timeline/ });
  }

  /** The goals' titles as the list shows them, top to bottom. */
  titles(): Locator {
    return this.goalList.getByRole('heading', { level: 3 });
  }

  card(title: string): Locator {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  editor(title: string): Locator {
    return this.page.getByRole('form', { name: `Editing “${title}”` });
  }

  /** The message shown right under a field of `scope`, through its accessible description. */
  field(scope: Locator, label: string): Locator {
    return scope.getByLabel(label, { exact: true });
  }

  async chooseGoal(name: string | RegExp) {
    await this.addButton.click();
    await this.newGoal.getByRole('radio', { name }).check();
    await expect(this.field(this.newGoal, 'Title')).toBeVisible();
  }

  async edit(title: string): Promise<Locator> {
    await this.card(title)
      .getByRole('button', { name: `Edit “${title}”` })
      .click();
    const editor = this.editor(title);
    await expect(editor).toBeVisible();
    return editor;
  }

  async delete(title: string) {
    await this.card(title)
      .getByRole('button', { name: `Delete “${title}”` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Delete the goal “${title}”?` });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
  }
}
