import { expect, test } from './fixtures';
import { GoalsPage } from './pages/goals-page';
import { reloadApp, reloadWhenSaved } from './support/reload';

const sampleTitles = {
  calls: 'Fewer calls about baggage and check-in',
  social: 'Answer on social media the same day',
  cost: 'Lower average cost per interaction',
};

test.describe('in a US English browser', () => {
  test.use({ locale: 'en-US' });

  test('dates stay British, and a date field names the order the browser’s field uses', async ({
    page,
    library,
    roadmap,
  }) => {
    await library.open();
    await library.createRoadmap({ name: 'Goals workshop' });
    await roadmap.goToStage('Goals and timelines');
    const goals = new GoalsPage(page);
    await goals.chooseGoal('Fewer calls to the call centre');
    const form = goals.newGoal;
    await expect(goals.field(form, 'Deadline')).toHaveAccessibleDescription('Format: mm/dd/yyyy');
    await goals.field(form, 'Baseline').fill('38000');
    await goals.field(form, 'Target').fill('29000');
    await goals.field(form, 'Deadline').fill('2031-06-30');
    await goals.field(form, 'Expected benefit').fill('Two agents freed for complex cases.');
    await goals.saveButton.click();
    await expect(goals.card('Fewer calls to the call centre')).toContainText(
      'Deadline 30 Jun 2031',
    );
  });
});

test.describe('on a new roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.createRoadmap({ name: 'Goals workshop' });
    await roadmap.goToStage('Goals and timelines');
  });

  test('a catalogue goal comes prefilled, saves on "Save goal" and marks the stage done', async ({
    page,
    roadmap,
  }) => {
    const goals = new GoalsPage(page);
    await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
    await expect(roadmap.stageLink('Goals and timelines')).toContainText('not started');

    await goals.chooseGoal('Fewer calls to the call centre');
    const form = goals.newGoal;
    await expect(goals.field(form, 'Title')).toHaveValue('Fewer calls to the call centre');
    await expect(goals.field(form, 'Unit')).toHaveValue('calls/month');
    await expect(goals.field(form, 'Direction')).toHaveValue('decrease');
    await expect(goals.field(form, 'Description')).toHaveValue(/routine questions/);

    await goals.field(form, 'Baseline').fill('38000');
    await goals.field(form, 'Target').fill('29000');
    await expect(goals.field(form, 'Deadline')).toHaveAccessibleDescription('Format: dd/mm/yyyy');
    await goals.field(form, 'Deadline').fill('2031-06-30');
    await goals.field(form, 'Expected benefit').fill('Two agents freed for complex cases.');
    await goals.field(form, 'Priority').selectOption('high');
    await goals.field(form, 'Owner').fill('Giulia');
    await goals.saveButton.click();

    await expect(goals.newGoal).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Goal “Fewer calls' })).toBeVisible();
    const card = goals.card('Fewer calls to the call centre');
    await expect(card).toContainText('From 38,000 to 29,000 calls/month');
    await expect(card).toContainText('↓ decrease');
    await expect(card).toContainText('Deadline 30 Jun 2031');
    await expect(card).toContainText('Two agents freed for complex cases.');
    await expect(card).toContainText('High priority');
    await expect(card).toContainText('Owner: Giulia');
    await expect(roadmap.stageLink('Goals and timelines')).toContainText('done');

    await reloadWhenSaved(page);
    await expect(goals.card('Fewer calls to the call centre')).toBeVisible();
    await expect(roadmap.stageLink('Goals and timelines')).toContainText('done');
  });

  test('validation messages appear next to the field, in the user’s words, and nothing is saved while invalid', async ({
    page,
    roadmap,
  }) => {
    const goals = new GoalsPage(page);
    await goals.chooseGoal('Custom goal');
    const form = goals.newGoal;
    const field = (label: string) => goals.field(form, label);
    await expect(field('Title')).toHaveValue('');

    await goals.saveButton.click();
    await expect(field('Title')).toHaveAccessibleDescription('Please fill this in.');
    await expect(field('Expected benefit')).toHaveAccessibleDescription(/Please fill this in\.$/);
    await expect(field('Title')).toBeFocused();

    await field('Title').fill('Answer faster');
    await field('Expected benefit').fill('Customers stop calling twice.');
    await field('Direction').selectOption('decrease');
    await field('Baseline').fill('lots');
    await field('Target').fill('20');
    await field('Start date').fill('2027-06-01');
    await field('Deadline').fill('2027-01-01');
    await goals.saveButton.click();
    await expect(field('Baseline')).toHaveAccessibleDescription(
      /Enter a number, for example 42,000 or 12\.5\.$/,
    );
    await expect(field('Title')).not.toHaveAttribute('aria-invalid', 'true');

    await field('Baseline').fill('10');
    await goals.saveButton.click();
    await expect(field('Target')).toHaveAccessibleDescription(
      'To decrease, the target must be below the baseline.',
    );
    // The field's format hint is read first, then the error.
    await expect(field('Deadline')).toHaveAccessibleDescription(
      'Format: dd/mm/yyyy The deadline must come after the start date.',
    );
    await expect(field('Baseline')).not.toHaveAttribute('aria-invalid', 'true');

    // Nothing reached the database: the stage is untouched, even after a reload.
    await expect(roadmap.stageLink('Goals and timelines')).toContainText('not started');
    await reloadWhenSaved(page);
    await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
    await expect(roadmap.stageLink('Goals and timelines')).toContainText('not started');
  });

  test('the list runs by deadline, with goals without a deadline last', async ({ page }) => {
    const goals = new GoalsPage(page);
    const add = async (title: string, deadline: string) => {
      await goals.chooseGoal('Custom goal');
      await goals.field(goals.newGoal, 'Title').fill(title);
      await goals.field(goals.newGoal, 'Deadline').fill(deadline);
      await goals.field(goals.newGoal, 'Expected benefit').fill(`Benefit of ${title}`);
      await goals.saveButton.click();
      await expect(goals.card(title)).toBeVisible();
    };
    await add('Later', '2032-03-01');
    await add('Open-ended', '');
    await add('Sooner', '2031-09-15');
    await expect(goals.titles()).toHaveText(['Sooner', 'Later', 'Open-ended']);
    await expect(goals.card('Open-ended')).toContainText('No deadline yet');
    await expect(goals.timeline).toContainText('1 goal without a deadline is not on the timeline.');
  });
});

test.describe('with the sample roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.sampleButton.click();
    await roadmap.goToStage('Goals and timelines');
  });

  test('two tabs editing different fields of one goal both keep their edit', async ({
    page,
    context,
  }) => {
    const url = page.url();
    const other = await context.newPage();
    await other.goto(url);
    const here = new GoalsPage(page);
    const there = new GoalsPage(other);
    const editorHere = await here.edit(sampleTitles.cost);
    const editorThere = await there.edit(sampleTitles.cost);

    await here.field(editorHere, 'Owner').fill('Finance team');
    await expect(editorHere.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    // The other tab still shows its old copy of the goal while its own field has focus.
    await there.field(editorThere, 'Unit').fill('euro per contact');
    await expect(editorThere.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await there.field(editorThere, 'Unit').blur();

    for (const tab of [page, other]) {
      await reloadApp(tab);
      const card = new GoalsPage(tab).card(sampleTitles.cost);
      await expect(card).toContainText('Owner: Finance team');
      await expect(card).toContainText('euro per contact');
    }
  });

  test('shows its three goals, nearest deadline first, and the stage done', async ({
    page,
    roadmap,
  }) => {
    const goals = new GoalsPage(page);
    await expect(goals.titles()).toHaveText([
      sampleTitles.social,
      sampleTitles.calls,
      sampleTitles.cost,
    ]);
    const calls = goals.card(sampleTitles.calls);
    await expect(calls).toContainText('From 38,000 to 29,000 calls/month');
    await expect(calls).toContainText('About 9,000 fewer calls a month');
    await expect(goals.card(sampleTitles.cost)).toContainText('From 4.8 to 3.9 €');
    await expect(roadmap.stageLink('Goals and timelines')).toContainText('done');
    // The starting point's gaps sit on top of the stage.
    await expect(page.getByRole('complementary', { name: 'Starting point' })).toBeVisible();
  });

  test('the timeline draws every goal and has a table with the same dates', async ({ page }) => {
    const goals = new GoalsPage(page);
    await expect(goals.timelineChart).toBeVisible();
    await expect(goals.timelineChart).toContainText('Today');
    const table = goals.timeline.getByRole('table', { name: /Goals on the timeline/ });
    // The goals, then the launch dates of stage 7 as markers.
    await expect(table.getByRole('rowheader')).toHaveText([
      sampleTitles.social,
      sampleTitles.calls,
      sampleTitles.cost,
      'Pilot',
      'Go live',
    ]);
    await expect(table.getByRole('columnheader')).toHaveText(['Goal', 'Start', 'Deadline']);
    const box = await goals.timelineChart.boundingBox();
    expect(box?.width).toBeGreaterThan(900);
  });

  test('editing saves itself and survives a reload; an invalid edit writes nothing', async ({
    page,
    roadmap,
  }) => {
    const goals = new GoalsPage(page);
    const editor = await goals.edit(sampleTitles.cost);
    await goals.field(editor, 'Owner').fill('Finance team');
    await expect(editor.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await expect(goals.card(sampleTitles.cost)).toContainText('Owner: Finance team');

    await goals.field(editor, 'Target').fill('5');
    await expect(goals.field(editor, 'Target')).toHaveAccessibleDescription(
      'To decrease, the target must be below the baseline.',
    );
    await expect(editor).toContainText('Nothing was saved.');
    await goals.field(editor, 'Expected benefit').fill('');
    await expect(goals.field(editor, 'Expected benefit')).toHaveAccessibleDescription(
      /Please fill this in\.$/,
    );
    // Give a wrong save every chance to happen before looking.
    await page.waitForTimeout(800);
    await expect(goals.card(sampleTitles.cost)).toContainText('From 4.8 to 3.9 €');

    await reloadWhenSaved(page);
    const card = goals.card(sampleTitles.cost);
    await expect(card).toContainText('Owner: Finance team');
    await expect(card).toContainText('From 4.8 to 3.9 €');
    await expect(card).toContainText('Saves around €180,000 a year');
    await expect(roadmap.stageLink('Goals and timelines')).toContainText('done');

    // Renaming carries through to the list and the timeline once valid.
    const again = await goals.edit(sampleTitles.cost);
    await goals.field(again, 'Title').fill('Cheaper contacts');
    // The editor is named after the goal, so it follows the new title once saved.
    const renamed = goals.editor('Cheaper contacts');
    await expect(renamed.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await renamed.getByRole('button', { name: 'Done' }).click();
    await expect(
      goals.card('Cheaper contacts').getByRole('button', { name: /^Edit/ }),
    ).toBeFocused();
    await expect(goals.card('Cheaper contacts')).toBeVisible();
    await expect(goals.timeline.getByRole('rowheader', { name: 'Cheaper contacts' })).toHaveCount(
      1,
    );
  });

  test('deleting a goal asks first and can be undone', async ({ page }) => {
    const goals = new GoalsPage(page);
    await goals
      .card(sampleTitles.calls)
      .getByRole('button', { name: /^Delete/ })
      .click();
    const dialog = page.getByRole('dialog', { name: `Delete the goal “${sampleTitles.calls}”?` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(goals.titles()).toHaveCount(3);

    await goals.delete(sampleTitles.calls);
    await expect(goals.titles()).toHaveText([sampleTitles.social, sampleTitles.cost]);
    const toast = page
      .getByRole('status')
      .filter({ hasText: `Goal “${sampleTitles.calls}” deleted.` });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(goals.titles()).toHaveText([
      sampleTitles.social,
      sampleTitles.calls,
      sampleTitles.cost,
    ]);
    await reloadWhenSaved(page);
    await expect(goals.titles()).toHaveCount(3);
  });
});

test.describe('in Italian', () => {
  test.use({ locale: 'it-IT' });

  test('the goals stage speaks Italian, down to its validation messages', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Carica la roadmap di esempio' }).click();
    await page
      .getByRole('navigation', { name: 'Tappe' })
      .getByRole('link', { name: /Obiettivi/ })
      .click();
    await page.getByRole('button', { name: 'Aggiungi obiettivo', exact: true }).click();
    const form = page.getByRole('region', { name: 'Nuovo obiettivo' });
    await form.getByRole('radio', { name: 'Costo più basso per interazione' }).check();
    await expect(form.getByLabel('Unità', { exact: true })).toHaveValue('€ per interazione');
    await form.getByLabel('Valore di partenza', { exact: true }).fill('4,8');
    await form.getByLabel('Traguardo', { exact: true }).fill('5,2');
    await form.getByRole('button', { name: 'Salva obiettivo' }).click();
    await expect(form.getByLabel('Traguardo', { exact: true })).toHaveAccessibleDescription(
      'Per diminuire, il traguardo deve essere sotto il valore di partenza.',
    );
    await expect(page.getByRole('img', { name: /Linea del tempo/ })).toBeVisible();
  });

  test('42.000 typed as a baseline is forty-two thousand, shown back as 42.000 after a reload', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Carica la roadmap di esempio' }).click();
    await page
      .getByRole('navigation', { name: 'Tappe' })
      .getByRole('link', { name: /Obiettivi/ })
      .click();
    const title = 'Meno chiamate su bagagli e check-in';
    const card = page.getByRole('article', { name: title, exact: true });
    const openEditor = async () => {
      await card.getByRole('button', { name: `Modifica “${title}”` }).click();
      return page.getByRole('form', { name: `Modifica di “${title}”` });
    };
    let editor = await openEditor();
    const baseline = () => editor.getByLabel('Valore di partenza', { exact: true });

    // An English decimal point alone is refused with a message in Italian, and nothing is saved.
    await baseline().fill('38.5');
    await expect(baseline()).toHaveAccessibleDescription(
      /Scrivi i decimali con la virgola e le migliaia con il punto: 12,5 o 42\.000\.$/,
    );
    await expect(card).toContainText('Da 38.000 a 29.000');

    await baseline().fill('42.000');
    await expect(baseline()).not.toHaveAttribute('aria-invalid', 'true');
    await expect(card).toContainText('Da 42.000 a 29.000');
    await expect(page.getByRole('status').filter({ hasText: 'Tutto salvato' })).toBeVisible();
    await reloadApp(page);

    await expect(card).toContainText('Da 42.000 a 29.000');
    editor = await openEditor();
    await expect(baseline()).toHaveValue('42.000');
  });
});
