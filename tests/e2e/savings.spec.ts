import { expect, test } from './fixtures';
import { GoalsPage } from './pages/goals-page';
import { SurveySavingsPage } from './pages/survey-savings-page';
import { openFold } from './support/folds';
import { reloadApp, reloadWhenSaved } from './support/reload';

test.describe('the savings calculator of the sample roadmap', () => {
  let stage: SurveySavingsPage;

  test.beforeEach(async ({ page, library, roadmap }) => {
    await library.open();
    await library.sampleButton.click();
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
    stage = new SurveySavingsPage(page);
    await stage.open(roadmap.roadmapId());
  });

  test('shows contacts and cost before and after, the yearly saving and the average cost', async ({
    page,
  }) => {
    const figures = stage.figures();
    await expect(figures.filter({ hasText: 'Contacts per month' })).toContainText(
      '49,500 → 49,500',
    );
    await expect(figures.filter({ hasText: 'Cost per month' })).toContainText(
      '€242,000 → €208,079',
    );
    await expect(figures.filter({ hasText: 'Average cost per interaction' })).toContainText(
      '€4.89 → €4.20',
    );
    await expect(figures.filter({ hasText: 'Yearly saving' })).toContainText('€407,057');
    await expect(stage.savings).toContainText(
      'Of 8,500 contacts moved a month, the new channels do not resolve 25% (2,125); 54% of those call back, so 1,148 contacts a month come back to the phone.',
    );
    const table = stage.savings.getByRole('table', {
      name: 'Contacts and cost per month by channel',
    });
    await expect(
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Knowledge base' }) }),
    ).toContainText('6,574');
    // The inputs behind the result wait folded under a line with their numbers, and are built
    // when the fold opens.
    await expect(stage.savings).toContainText(
      'Figures: volumes and costs of 6 channels, 2 planned shifts, 25% failure rate, 54% call back',
    );
    await expect(stage.failureRate).toHaveCount(0);
    await stage.openInputs();
    await expect(stage.failureRate).toHaveValue('25');
    await expect(stage.callBackShare).toHaveValue('54');
    // 30% of phone contacts instead of 20%: the numbers follow at once and the plan saves itself.
    await stage.savings.getByLabel('Shift 1: % of contacts').fill('30');
    await expect(figures.filter({ hasText: 'Yearly saving' })).toContainText('€606,249');
    await stage.savings.getByLabel('Shift 2: % of contacts').fill('120');
    await expect(stage.savings.getByLabel('Shift 2: % of contacts')).toHaveAccessibleDescription(
      'Enter a percentage from 0 to 100.',
    );
    await stage.savings.getByLabel('Shift 2: % of contacts').fill('10');
    await expect(stage.savings.getByRole('status').first()).toHaveText('Saved');

    await stage.savings.getByLabel('Cost per contact in euro: Phone / call centre').fill('6');
    await expect(figures.filter({ hasText: 'Cost per month' })).toContainText('€272,400');
    await expect(
      stage.savings
        .getByRole('table', { name: 'Channels in use and planned' })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Phone / call centre' }) })
        .getByRole('status'),
    ).toHaveText('Saved');

    await reloadWhenSaved(page);
    await expect(stage.savings.getByLabel('Shift 1: % of contacts')).toHaveValue('30');
    await expect(stage.failureRate).toHaveValue('25');
    await expect(
      stage.savings.getByLabel('Cost per contact in euro: Phone / call centre'),
    ).toHaveValue('6');
  });

  test('only the failures of the new channel that call back return to the phone', async ({
    page,
  }) => {
    const phoneAfter = stage.savings
      .getByRole('table', { name: 'Contacts and cost per month by channel' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Phone / call centre' }) })
      .getByRole('cell')
      .nth(1);
    await expect(phoneAfter).toHaveText('31,548');
    await stage.openInputs();
    await expect(stage.failureRate).toHaveAccessibleDescription(
      /The method gives no figure for it: 20% is only a starting guess/,
    );

    // Every moved contact failing is what the calculator assumed before: 54% of 8,500 come back.
    await stage.failureRate.fill('100');
    await expect(stage.savings).toContainText(
      'the new channels do not resolve 100% (8,500); 54% of those call back, so 4,590 contacts a month come back to the phone.',
    );
    await expect(phoneAfter).toHaveText('34,990');

    await stage.failureRate.fill('10');
    await stage.callBackShare.fill('70');
    await expect(stage.savings).toContainText(
      'Of 8,500 contacts moved a month, the new channels do not resolve 10% (850); 70% of those call back, so 595 contacts a month come back to the phone.',
    );
    await expect(phoneAfter).toHaveText('30,995');
    await stage.failureRate.fill('120');
    await expect(stage.failureRate).toHaveAccessibleDescription(
      /Enter a percentage from 0 to 100\./,
    );
    await stage.failureRate.fill('10');
    await expect(stage.savings.getByRole('status').first()).toHaveText('Saved');
    await reloadWhenSaved(page);
    await expect(stage.failureRate).toHaveValue('10');
    await expect(stage.callBackShare).toHaveValue('70');
  });

  test('adds and removes shifts', async ({ page }) => {
    await stage.openInputs();
    await stage.savings.getByRole('button', { name: 'Add shift' }).click();
    await expect(stage.savings.getByLabel('Shift 3: from')).toBeVisible();
    await stage.savings.getByLabel('Shift 3: to').selectOption({ label: 'Live chat' });
    await stage.savings.getByLabel('Shift 3: % of contacts').fill('90');
    await expect(stage.savings.getByLabel('Shift 3: % of contacts')).toHaveAccessibleDescription(
      'Together the shifts move more than all contacts of Phone / call centre.',
    );
    await stage.savings.getByLabel('Shift 3: % of contacts').fill('5');
    await stage.savings.getByRole('button', { name: 'Remove shift 2' }).click();
    await expect(stage.savings.getByLabel('Shift 3: from')).toHaveCount(0);
    await expect(stage.savings.getByRole('status').first()).toHaveText('Saved');
    await reloadWhenSaved(page);
    await expect(stage.savings.getByLabel('Shift 2: to').locator('option:checked')).toHaveText(
      'Live chat',
    );
    await expect(stage.savings.getByLabel('Shift 2: % of contacts')).toHaveValue('5');
  });

  test('"Use as goal target" shows each target before and after and changes nothing until confirmed', async ({
    page,
    roadmap,
  }) => {
    const goals = new GoalsPage(page);
    await stage.savings.getByRole('button', { name: 'Use as goal target' }).click();
    const dialog = stage.goalsDialog();
    await expect(dialog).toBeVisible();
    const cost = stage.goalChange('“Lower average cost per interaction”');
    await expect(cost).toContainText('Target: 3.9 → 4.2');
    await expect(cost).toContainText('Baseline: 4.8 → 4.89');
    await expect(cost).toContainText('asks for less');
    const calls = stage.goalChange('“Fewer calls about baggage and check-in”');
    await expect(calls).toContainText('Target: 29,000 → 31,548');
    // The baseline stays 38,000: only what changes is listed.
    await expect(calls).not.toContainText('Baseline');
    await expect(calls).toContainText('asks for less');
    // Both goals exist: nothing is created, so no deadline is asked for.
    await expect(dialog.getByRole('listitem')).toHaveCount(2);
    await expect(dialog.getByLabel('Deadline of the new goal')).toHaveCount(0);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await roadmap.goToStage('Goals and timelines');
    await expect(goals.card('Lower average cost per interaction')).toContainText('From 4.8 to 3.9');
    await expect(goals.card('Fewer calls about baggage and check-in')).toContainText(
      'From 38,000 to 29,000',
    );
  });

  test('"Use as goal target" updates the cost and calls goals of stage 2 once confirmed', async ({
    page,
  }) => {
    await stage.savings.getByRole('button', { name: 'Use as goal target' }).click();
    await stage.goalsDialog().getByRole('button', { name: 'Set the targets' }).click();
    await expect(stage.goalsDialog()).toBeHidden();
    const toast = page.getByRole('status').filter({ hasText: 'Goal targets set' });
    await expect(toast).toContainText('Lower average cost per interaction');
    await toast.getByRole('button', { name: 'Open Goals' }).click();

    const goals = new GoalsPage(page);
    await expect(goals.card('Lower average cost per interaction')).toContainText(
      'From 4.89 to 4.2',
    );
    await expect(goals.card('Fewer calls about baggage and check-in')).toContainText(
      'From 38,000 to 31,548',
    );
    await expect(goals.titles()).toHaveCount(3);

    // Both goals changed in one step: one Undo takes both back.
    const history = page.getByRole('group', { name: 'Undo' });
    await history.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(goals.card('Lower average cost per interaction')).toContainText('From 4.8 to 3.9');
    await expect(goals.card('Fewer calls about baggage and check-in')).toContainText(
      'From 38,000 to 29,000',
    );
  });

  test('"Use as goal target" creates the cost goal with the deadline shown in the confirmation', async ({
    page,
    roadmap,
  }) => {
    const id = roadmap.roadmapId();
    await roadmap.goToStage('Goals and timelines');
    const goals = new GoalsPage(page);
    await goals.delete('Lower average cost per interaction');
    await expect(goals.titles()).toHaveCount(2);

    await stage.open(id);
    await stage.savings.getByRole('button', { name: 'Use as goal target' }).click();
    const created = stage.goalChange('New goal: “Lower cost per interaction”');
    await expect(created).toContainText('Baseline 4.89, target 4.2');
    const deadline = stage.goalsDialog().getByLabel('Deadline of the new goal');
    // A year from today unless the team picks another date.
    const today = new Date();
    const inAYear = new Date(Date.UTC(today.getFullYear() + 1, today.getMonth(), today.getDate()));
    await expect(deadline).toHaveValue(inAYear.toISOString().slice(0, 10));
    await deadline.fill('');
    await stage.goalsDialog().getByRole('button', { name: 'Set the targets' }).click();
    await expect(deadline).toHaveAccessibleDescription('Choose a deadline after today.');
    await deadline.fill('2031-06-30');
    await stage.goalsDialog().getByRole('button', { name: 'Set the targets' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Goal targets set' })).toBeVisible();
    await roadmap.goToStage('Goals and timelines');
    const card = goals.card('Lower cost per interaction');
    await expect(card).toContainText('From 4.89 to 4.2');
    await expect(card).toContainText('About €407,057 saved a year');
    await expect(card).toContainText('Deadline 30 Jun 2031');
    await expect(goals.titles()).toHaveCount(3);
  });
});

test.describe('the savings calculator in Italian', () => {
  test.use({ locale: 'it-IT' });

  test('groups thousands the Italian way and reads 42.000 typed as contacts', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Carica la roadmap di esempio' }).click();
    await page
      .getByRole('navigation', { name: 'Tappe' })
      .getByRole('link', { name: /Canali/ })
      .click();
    const savings = page.getByRole('region', { name: 'Calcolo dei risparmi' });
    const figures = savings.getByRole('term').locator('..');
    await expect(figures.filter({ hasText: 'Contatti al mese' })).toContainText('49.500 → 49.500');
    await expect(figures.filter({ hasText: 'Costo al mese' })).toContainText(
      /242\.000\s€ → 208\.079\s€/,
    );
    await expect(figures.filter({ hasText: 'Risparmio annuo' })).toContainText(/407\.057\s€/);
    await expect(savings).toContainText(
      'Contatti spostati ogni mese: 8.500. I nuovi canali non ne risolvono il 25% (2.125); di questi richiama il 54%, quindi 1.148 contatti al mese tornano al telefono.',
    );

    await openFold(savings);
    await expect(savings.getByLabel('Tasso di insuccesso del nuovo canale (%)')).toHaveValue('25');
    const contacts = savings.getByLabel('Contatti al mese: Telefono / call center', {
      exact: true,
    });
    await contacts.fill('42.000');
    await expect(contacts).not.toHaveAttribute('aria-invalid', 'true');
    // Leaving the field saves it at once; the row says so before the reload.
    await contacts.blur();
    await expect(
      savings
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Telefono / call center' }) })
        .getByRole('status')
        .first(),
    ).toHaveText('Salvato');
    await expect(page.getByRole('status').filter({ hasText: 'Tutto salvato' })).toBeVisible();
    await reloadApp(page);
    await expect(contacts).toHaveValue('42.000');
    await expect(figures.filter({ hasText: 'Contatti al mese' })).toContainText(
      /\d{2}\.\d{3} → \d{2}\.\d{3}/,
    );
  });
});
