import { makeRoadmapFile } from '../../src/test/generators';
import { expect, test } from './fixtures';
import { KpisPage } from './pages/kpis-page';
import { expectAxeClean } from './support/axe';
import { largeFile } from './support/large-file';
import { reloadWhenSaved } from './support/reload';

/** Today in the browser's terms, as the app's date fields default to it. */
const isoDaysAgo = (days: number) => {
  const date = new Date(Date.now() - days * 86_400_000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

test.describe('on a roadmap with two goals and no KPI', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    const file = makeRoadmapFile(11, { goals: 2, channels: 3 });
    await library.importFile({
      name: 'goals.rotta.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await library.roadmapLink(file.roadmap.name).click();
    await roadmap.goToStage('KPIs and monitoring');
  });

  test('adds catalogue and custom KPIs, checks the plan, and the warnings follow', async ({
    page,
    roadmap,
  }) => {
    const kpis = new KpisPage(page);
    await expect(page.getByRole('heading', { name: 'No KPIs yet' })).toBeVisible();
    await expect(kpis.warning('No KPI measures the goal “Goal 1”.')).toBeVisible();
    await expect(kpis.warning('No KPI measures the goal “Goal 2”.')).toBeVisible();

    await kpis.add('Customer satisfaction (CSAT)');
    // A new KPI opens at once, with the catalogue's unit, direction and frequency.
    const detail = kpis.detail('Customer satisfaction (CSAT)');
    await expect(detail).toBeVisible();
    await expect(detail.getByLabel('Unit', { exact: true })).toHaveValue('%');
    await expect(detail.getByLabel('Direction')).toHaveValue('higher');
    await expect(kpis.warning('“Customer satisfaction (CSAT)” serves no goal.')).toBeVisible();
    await expect(kpis.warning(/“Customer satisfaction \(CSAT\)” has no baseline/)).toBeVisible();

    // A custom KPI needs a name.
    await kpis.addButton.click();
    await kpis.addForm.getByLabel('KPI', { exact: true }).selectOption({ label: 'Custom KPI…' });
    await kpis.addForm.getByRole('button', { name: 'Add this KPI' }).click();
    await expect(kpis.addForm.getByText('Please fill this in.')).toBeVisible();
    await kpis.addForm.getByLabel('Name of the custom KPI').fill('Baggage complaints');
    await kpis.addForm.getByRole('button', { name: 'Add this KPI' }).click();
    await expect(kpis.card('Baggage complaints')).toBeVisible();

    // Plan the CSAT KPI: a target below the baseline is refused next to the field.
    await kpis.open('Customer satisfaction (CSAT)');
    await detail.getByRole('checkbox', { name: 'Goal 1' }).check();
    await detail.getByRole('checkbox', { name: 'Goal 2' }).check();
    await detail.getByLabel('Baseline', { exact: true }).fill('70');
    await detail.getByLabel('Target', { exact: true }).fill('60');
    await expect(
      detail.getByText('To increase, the target must be above the baseline.'),
    ).toBeVisible();
    await expect(detail.getByText('Nothing was saved.')).toBeVisible();
    await detail.getByLabel('Target', { exact: true }).fill('80.5');
    await detail.getByLabel('Target date').fill('2027-06-30');
    await expect(detail.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await expect(kpis.warning(/No KPI measures the goal/)).toHaveCount(0);
    await expect(kpis.card('Customer satisfaction (CSAT)')).toContainText('Target 80.5%');
    await expect(roadmap.stageLink('KPIs and monitoring')).toContainText('done');

    await reloadWhenSaved(page);
    await kpis.open('Customer satisfaction (CSAT)');
    await expect(detail.getByLabel('Target', { exact: true })).toHaveValue('80.5');
    await expect(detail.getByRole('checkbox', { name: 'Goal 2' })).toBeChecked();
  });

  test('logs values by keyboard, replaces a value on a taken date, and keeps them after a reload', async ({
    page,
  }) => {
    const kpis = new KpisPage(page);
    await kpis.add('Cost per contact');
    const value = kpis.entry.getByLabel(/^Value/);
    await expect(kpis.entry.getByLabel('Date')).toHaveValue(isoDaysAgo(0));

    await kpis.logValue('abc');
    await expect(kpis.entry.getByText('Enter a number, for example 42,000 or 12.5.')).toBeVisible();
    await kpis.logValue('5', '2099-01-01');
    await expect(kpis.entry.getByText('cannot be dated in the future')).toBeVisible();

    await kpis.logValue('4.8', isoDaysAgo(60));
    await expect(kpis.toast(/Added 4.8 € on /)).toBeVisible();
    await expect(value).toBeFocused();
    await expect(value).toHaveValue('');
    await kpis.logValue('4.6', isoDaysAgo(30));
    await kpis.logValue('4.5', isoDaysAgo(1));
    await kpis.logValue('4.4', isoDaysAgo(1));
    await expect(kpis.toast(/was 4.5 €: replaced with 4.4 €/)).toBeVisible();
    await expect(kpis.values()).toHaveCount(4); // header + 3 values
    await expect(kpis.card('Cost per contact')).toContainText('4.4 €');
    await expect(kpis.card('Cost per contact')).toContainText('No target set');

    // Edit a value in the table: it saves itself.
    const table = page.getByRole('table', { name: 'Values of Cost per contact, newest first' });
    await table
      .getByLabel(/^Value on /)
      .first()
      .fill('4.3');
    await expect(table.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

    await reloadWhenSaved(page);
    await expect(kpis.card('Cost per contact')).toContainText('4.3 €');
    await kpis.open('Cost per contact');
    await expect(kpis.values()).toHaveCount(4);

    // The delete column and its buttons name the value they delete, not the KPI.
    await expect(
      table.getByRole('columnheader', { name: 'Delete the value on that date', exact: true }),
    ).toHaveCount(1);
    await expect(table.getByRole('columnheader', { name: /KPI/ })).toHaveCount(0);
    await table
      .getByRole('button', { name: /^Delete the value of / })
      .first()
      .click();
    await expect(kpis.values()).toHaveCount(3);
    await kpis
      .toast(/^Deleted the value of/)
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(kpis.values()).toHaveCount(4);
  });

  test('a KPI added for a goal starts from the goal, and all of it can be changed first', async ({
    page,
  }) => {
    const kpis = new KpisPage(page);
    const form = kpis.addForm;

    // Goal 1 is the method's "fewer calls": its KPI is contacts per channel, with its plan.
    await kpis.addFor('Goal 1');
    await expect(form.getByLabel('KPI', { exact: true })).toHaveValue('contacts-per-channel');
    await expect(
      form.getByLabel('For the goal').getByRole('option', { selected: true }),
    ).toHaveText('Goal 1');
    await expect(form.getByLabel('Unit', { exact: true })).toHaveValue('%');
    await expect(form.getByLabel('Baseline', { exact: true })).toHaveValue('100');
    await expect(form.getByLabel('Target', { exact: true })).toHaveValue('80');
    await expect(form.getByLabel('Target date')).toHaveValue('2027-01-15');
    await form.getByLabel('Target', { exact: true }).fill('75');
    await form.getByRole('button', { name: 'Add this KPI' }).click();
    const contacts = kpis.detail('Contacts per channel');
    await expect(contacts).toBeVisible();
    await expect(
      kpis.toast('“Contacts per channel” added for its goal. Check its plan below.'),
    ).toBeVisible();
    await expect(contacts.getByLabel('Baseline', { exact: true })).toHaveValue('100');
    await expect(contacts.getByLabel('Target', { exact: true })).toHaveValue('75');
    await expect(contacts.getByLabel('Target date')).toHaveValue('2027-01-15');
    await expect(contacts.getByLabel('Direction')).toHaveValue('lower');
    await expect(contacts.getByRole('checkbox', { name: 'Goal 1' })).toBeChecked();
    await expect(contacts.getByRole('checkbox', { name: 'Goal 2' })).not.toBeChecked();
    await expect(kpis.warning('No KPI measures the goal “Goal 1”.')).toHaveCount(0);

    // Goal 2 is a custom goal: a custom KPI named after it.
    await kpis.addFor('Goal 2');
    await expect(form.getByLabel('KPI', { exact: true })).toHaveValue('custom');
    await expect(form.getByLabel('Name of the custom KPI')).toHaveValue('Goal 2');
    await expect(form.getByLabel('Target', { exact: true })).toHaveValue('120');
    await form.getByLabel('Name of the custom KPI').fill('Reviews a month');
    await form.getByRole('button', { name: 'Add this KPI' }).click();
    const reviews = kpis.detail('Reviews a month');
    await expect(reviews).toBeVisible();
    await expect(reviews.getByLabel('Target', { exact: true })).toHaveValue('120');
    await expect(reviews.getByLabel('Target date')).toHaveValue('2027-02-15');
    await expect(reviews.getByLabel('Direction')).toHaveValue('higher');
    await expect(reviews.getByRole('checkbox', { name: 'Goal 2' })).toBeChecked();
    await expect(kpis.warning(/No KPI measures the goal/)).toHaveCount(0);

    // The add form: choosing a goal fills it in, choosing none empties it again.
    await kpis.addButton.click();
    await expect(form.getByLabel('KPI', { exact: true })).toHaveValue('csat');
    await expect(form.getByLabel('Baseline', { exact: true })).toHaveValue('');
    await form.getByLabel('For the goal').selectOption({ label: 'Goal 1' });
    await expect(form.getByLabel('KPI', { exact: true })).toHaveValue('contacts-per-channel');
    await expect(form.getByLabel('Baseline', { exact: true })).toHaveValue('100');
    await form.getByLabel('KPI', { exact: true }).selectOption({ label: 'Cost per contact' });
    await expect(form.getByLabel('Unit', { exact: true })).toHaveValue('%');
    await expect(form.getByLabel('Target date')).toHaveValue('2027-01-15');
    await form.getByLabel('For the goal').selectOption({ label: 'No goal yet' });
    await expect(form.getByLabel('KPI', { exact: true })).toHaveValue('csat');
    await expect(form.getByLabel('Baseline', { exact: true })).toHaveValue('');
    await expect(form.getByLabel('Target date')).toHaveValue('');
  });

  test('after each value the date moves on by the KPI’s frequency, up to today', async ({
    page,
  }) => {
    const kpis = new KpisPage(page);
    const date = kpis.entry.getByLabel('Date');
    const value = kpis.entry.getByLabel(/^Value/);

    // Weekly: seven days on each time, and never past today.
    await kpis.add('First response time');
    await kpis.logValue('5', isoDaysAgo(20));
    await expect(kpis.toast(/Added 5 hours on /)).toBeVisible();
    await expect(date).toHaveValue(isoDaysAgo(13));
    await expect(value).toBeFocused();
    await value.fill('4');
    await value.press('Enter');
    await expect(date).toHaveValue(isoDaysAgo(6));
    await value.fill('3');
    await value.press('Enter');
    await expect(date).toHaveValue(isoDaysAgo(0));
    await expect(value).toBeFocused();
    await expect(kpis.values()).toHaveCount(4); // header + 3 values

    // Monthly: the end of January moves to the end of February.
    await kpis.add('Cost per contact');
    await kpis.logValue('4.8', '2026-01-31');
    await expect(date).toHaveValue('2026-02-28');
    await expect(value).toBeFocused();
    await value.fill('4.7');
    await value.press('Enter');
    await expect(date).toHaveValue('2026-03-28');
    await expect(kpis.values()).toHaveCount(3);
  });

  test('a paste with a broken row writes nothing and names the row; a good paste imports', async ({
    page,
  }) => {
    const kpis = new KpisPage(page);
    await kpis.add('Self-service deflection');
    await page.getByRole('button', { name: 'Paste or import values' }).click();
    const dialog = page.getByRole('dialog', { name: /^Paste or import values/ });
    const text = dialog.getByLabel('Dates and values');
    await text.fill(
      ['Date\tValue', '31/01/2026\t12,5', '28/02/2026\tlots', '2026-03-31\t14'].join('\n'),
    );
    await expect(dialog.getByRole('alert')).toContainText('Row 3: “lots” is not a number');
    await expect(dialog.getByRole('button', { name: 'Import values' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('No values yet. Add the first one above')).toBeVisible();

    await page.getByRole('button', { name: 'Paste or import values' }).click();
    await text.fill(
      ['Date\tValue', '31/01/2026\t12,5', '28/02/2026\t13', '2026-03-31\t14'].join('\n'),
    );
    await expect(dialog.getByRole('status')).toHaveText(
      '3 values ready: 3 new, 0 replacing existing ones.',
    );
    await dialog.getByRole('button', { name: 'Import values' }).click();
    await expect(kpis.toast('Imported 3 values: 3 new, 0 replaced.')).toBeVisible();
    await expect(kpis.values()).toHaveCount(4);
    await expect(kpis.card('Self-service deflection')).toContainText('14%');
    await reloadWhenSaved(page);
    await kpis.open('Self-service deflection');
    await expect(kpis.values()).toHaveCount(4);
  });

  test('a 30 MB file of values is refused at once, saying why', async ({ page }) => {
    const kpis = new KpisPage(page);
    await kpis.add('Self-service deflection');
    await page.getByRole('button', { name: 'Paste or import values' }).click();
    const dialog = page.getByRole('dialog', { name: /^Paste or import values/ });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a CSV file' }).click();
    await (await chooser).setFiles(largeFile('values.csv', 30 * 1024 * 1024, '2026-01-31;12\n'));
    await expect(dialog.getByRole('alert')).toHaveText(
      'This text is over 1 MB, far more than 10,000 values take up. Nothing was read.',
    );
    await expect(dialog.getByLabel('Dates and values')).toHaveValue('');
  });
});

test.describe('the sample roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.sampleButton.click();
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
    await roadmap.goToStage('KPIs and monitoring');
  });

  test('shows a card per KPI with the expected statuses and a chart with its text', async ({
    page,
    roadmap,
  }) => {
    const kpis = new KpisPage(page);
    await expect(kpis.dashboard.getByRole('listitem')).toHaveCount(8);
    const expected: [string, string][] = [
      ['Calls to the call centre', 'On track'],
      ['Self-service deflection', 'At risk'],
      ['Cost per contact', 'On track'],
      ['First response time on social media', 'Off track'],
      ['Customer satisfaction (CSAT)', 'On track'],
      ['Net Promoter Score', 'Measurement overdue'],
    ];
    for (const [name, status] of expected) await expect(kpis.card(name)).toContainText(status);
    await expect(kpis.card('Net Promoter Score')).toContainText('Latest value was on track');
    await expect(page.getByText('5 on track · 1 at risk · 1 off track · 1 overdue')).toBeVisible();
    await expect(page.getByText(/^Status: the plan runs in a straight line/)).toBeVisible();
    await expect(roadmap.stageLink('KPIs and monitoring')).toContainText('done');
    await expect(kpis.warning(/No KPI measures|serves no goal|has no baseline/)).toHaveCount(0);

    await kpis.open('First response time on social media');
    const detail = kpis.detail('First response time on social media');
    await expect(detail.getByRole('application')).toBeVisible();
    await expect(detail.getByRole('figure')).toContainText(/^Actuals against the plan/);
    await expect(detail.getByText(/^12 values from .* Planned for that date: /)).toBeVisible();
    await expect(kpis.values()).toHaveCount(13);

    await expectAxeClean(page);
  });

  test('deleting a KPI asks once, then Undo brings it back with its values', async ({ page }) => {
    const kpis = new KpisPage(page);
    await kpis.open('Net Promoter Score');
    await kpis.detail('Net Promoter Score').getByRole('button', { name: 'Delete KPI' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Delete “Net Promoter Score” and its 12 values?',
    });
    await dialog.getByRole('button', { name: 'Delete KPI' }).click();
    await expect(kpis.card('Net Promoter Score')).toHaveCount(0);
    await expect(kpis.dashboard.getByRole('listitem')).toHaveCount(7);
    await kpis.toast('Deleted: Net Promoter Score.').getByRole('button', { name: 'Undo' }).click();
    await expect(kpis.card('Net Promoter Score')).toContainText('Measurement overdue');
    await reloadWhenSaved(page);
    await expect(kpis.dashboard.getByRole('listitem')).toHaveCount(8);
  });

  test('speaks Italian', async ({ page }) => {
    await page.getByLabel('Language', { exact: true }).selectOption('Italiano');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Cruscotto di monitoraggio' }),
    ).toBeVisible();
    const dashboard = page.getByRole('list', { name: 'Cruscotto dei KPI' });
    // The sample was loaded in English: its names stay, the words around them change.
    await expect(
      dashboard.getByRole('listitem', { name: 'Calls to the call centre' }),
    ).toContainText('In linea');
    await expect(page.getByRole('button', { name: 'Aggiungi KPI', exact: true })).toBeVisible();
    await dashboard.getByRole('button', { name: 'Self-service deflection' }).click();
    await expect(page.getByRole('form', { name: 'Aggiungi un valore' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Incolla o importa valori' })).toBeVisible();
  });
});
