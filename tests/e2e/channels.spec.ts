import { expect, test } from './fixtures';
import { ChannelsPage } from './pages/channels-page';
import { SurveySavingsPage } from './pages/survey-savings-page';
import { expectAxeClean } from './support/axe';
import { reloadWhenSaved } from './support/reload';

test.describe('on a new roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.createRoadmap({ name: 'Channels workshop' });
    await roadmap.goToStage('Channels');
  });

  test('adds catalogue and custom channels; rejecting asks for the reason; removing offers Undo', async ({
    page,
  }) => {
    const channels = new ChannelsPage(page);
    await expect(channels.list.getByText('No channels yet.')).toBeVisible();

    await channels.add('Phone / call centre', 'In use');
    await expect(channels.row('Phone / call centre')).toContainText('One-to-one');
    await expect(channels.row('Phone / call centre')).toContainText(/Human touch\s*Yes/);
    await expect(
      channels.addForm.getByLabel('Channel', { exact: true }).getByRole('option'),
    ).toHaveCount(14);
    await expect(channels.addForm.getByRole('option', { name: 'Phone / call centre' })).toHaveCount(
      0,
    );

    await channels.add('Video chat', 'Candidate (initial idea)');
    await expect(channels.row('Video chat')).toContainText('One-to-many');

    // A custom channel needs a name.
    await channels.addForm.getByLabel('Channel', { exact: true }).selectOption({
      label: 'Custom channel…',
    });
    await channels.addForm.getByRole('button', { name: 'Add channel' }).click();
    await expect(channels.addForm.getByText('Please fill this in.')).toBeVisible();
    await channels.add('Custom channel…', 'Planned', 'Airport kiosk');
    const kiosk = channels.row('Airport kiosk');
    await expect(kiosk).toContainText('Custom');
    await expect(kiosk).toContainText(/Human touch\s*No/);
    await kiosk.getByLabel('Human touch').click();
    await expect(kiosk.getByLabel('Human touch')).toBeChecked();
    await expect(kiosk).toContainText(/Human touch\s*Yes/);

    // Rejecting needs a reason, asked right there.
    await channels.status('Video chat').selectOption({ label: 'Rejected' });
    const reason = channels.field('Video chat', 'Why is Video chat rejected?');
    await expect(reason).toBeFocused();
    await channels.row('Video chat').getByRole('button', { name: 'Reject' }).click();
    await expect(
      channels.row('Video chat').getByText('Give the reason before rejecting the channel.'),
    ).toBeVisible();
    await reason.fill('Our customers do not want to be on camera.');
    await channels.row('Video chat').getByRole('button', { name: 'Reject' }).click();
    await expect(channels.status('Video chat')).toHaveValue('rejected');

    await reloadWhenSaved(page);
    await expect(channels.status('Video chat')).toHaveValue('rejected');
    await expect(channels.field('Video chat', 'Why is Video chat rejected?')).toHaveValue(
      'Our customers do not want to be on camera.',
    );
    await expect(channels.status('Airport kiosk')).toHaveValue('planned');
    await expect(channels.row('Airport kiosk')).toContainText(/Human touch\s*Yes/);

    await channels
      .row('Airport kiosk')
      .getByRole('button', { name: 'Remove Airport kiosk' })
      .click();
    await expect(channels.row('Airport kiosk')).toHaveCount(0);
    await page
      .getByRole('status')
      .filter({ hasText: 'Removed: Airport kiosk.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(channels.status('Airport kiosk')).toHaveValue('planned');
  });

  test('metrics of a channel in use are checked, save themselves and survive a reload', async ({
    page,
  }) => {
    const channels = new ChannelsPage(page);
    await channels.add('Email / web form', 'In use');
    const name = 'Email / web form';
    const contacts = channels.field(name, 'Monthly contacts');
    const cost = channels.field(name, 'Cost per contact (€)');
    const response = channels.field(name, 'Average response time (hours)');
    const satisfaction = channels.field(name, 'Satisfaction (%)');

    await contacts.fill('-5');
    await expect(channels.row(name).getByText('The number cannot be negative.')).toBeVisible();
    await expect(contacts).toHaveAttribute('aria-invalid', 'true');
    await contacts.fill('lots');
    await expect(
      channels.row(name).getByText('Enter a number, for example 42,000 or 12.5.'),
    ).toBeVisible();
    await contacts.fill('9000');
    await expect(contacts).not.toHaveAttribute('aria-invalid', 'true');
    // An Italian decimal comma in the English UI is refused, not guessed.
    await cost.fill('4,1');
    await expect(
      channels.row(name).getByText('Write decimals with a point and thousands with a comma'),
    ).toBeVisible();
    await cost.fill('4.1');
    await response.fill('48');
    await satisfaction.fill('61');
    await channels.field(name, 'How well it works today').selectOption({ label: '2 of 5' });
    await satisfaction.blur();
    await expect(channels.saved(name).first()).toBeVisible();

    // Nothing is written while a value is wrong.
    await satisfaction.fill('120');
    await expect(channels.row(name).getByText('Enter a number from 0 to 100.')).toBeVisible();
    await satisfaction.blur();
    await page.waitForTimeout(600);

    await reloadWhenSaved(page);
    await expect(contacts).toHaveValue('9,000');
    await expect(cost).toHaveValue('4.1');
    await expect(response).toHaveValue('48');
    await expect(satisfaction).toHaveValue('61');
    await expect(channels.field(name, 'How well it works today')).toHaveValue('2');

    // Metrics belong to channels in use only.
    await channels.status(name).selectOption({ label: 'Planned' });
    await expect(contacts).toHaveCount(0);
  });

  test('the age mix gives the expected preference, with its source and the user’s own figures', async ({
    page,
    roadmap,
  }) => {
    const channels = new ChannelsPage(page);
    await channels.add('Phone / call centre', 'Planned');
    await expect(roadmap.stageLink('Channels')).not.toContainText('done');

    await channels.share('Baby boomers').fill('50');
    await expect(
      channels.demographics.getByText('The shares add up to 50%, not 100%. Check the figures.'),
    ).toBeVisible();
    await channels.share('Generation Y').fill('50');
    await expect(channels.demographics.getByText('Total: 100%')).toBeVisible();
    await expect(channels.demographics.getByText(/shares add up to/)).toHaveCount(0);
    await expect(channels.expectedRow('Phone')).toContainText('44.5%');
    await expect(channels.expectedRow('Phone')).toContainText('Phone / call centre');
    await expect(channels.demographics).toContainText(
      'Source of the figures: Dimension Data 2013/14 Global Contact Centre Benchmarking Report',
    );
    await expect(roadmap.stageLink('Channels')).toContainText('done');

    await channels.share('Silent generation').fill('150');
    await expect(channels.demographics.getByText('Enter a number from 0 to 100.')).toBeVisible();
    await channels.share('Silent generation').fill('');

    await channels.demographics.getByRole('button', { name: 'Use my own figures' }).click();
    const cell = channels.demographics.getByLabel('Phone, Baby boomers (%)');
    await expect(cell).toHaveValue('59.6');
    await cell.fill('40');
    await expect(channels.expectedRow('Phone')).toContainText('34.7%');
    await expect(channels.demographics).toContainText('your own figures for this market');
    await cell.blur();
    await expect(
      channels.demographics.getByRole('status').filter({ hasText: /^Saved$/ }),
    ).toBeVisible();

    await reloadWhenSaved(page);
    // Filled in, the age mix starts folded into its line.
    await expect(channels.demographics).toContainText('Shares for 2 of 4 generations, total 100%');
    await channels.openDemographics();
    await expect(channels.share('Generation Y')).toHaveValue('50');
    await expect(channels.demographics.getByLabel('Phone, Baby boomers (%)')).toHaveValue('40');
    await expect(channels.expectedRow('Phone')).toContainText('34.7%');
    await channels.demographics
      .getByRole('button', { name: 'Back to the reference figures' })
      .click();
    await expect(channels.expectedRow('Phone')).toContainText('44.5%');
  });

  test('warns when no channel reaches a person and when a weak channel should be optimised first', async ({
    page,
  }) => {
    const channels = new ChannelsPage(page);
    const humanTouch = channels.warning(/Human touch: no channel in use or planned/);
    const optimise = channels.warning(/Optimise first/);

    await channels.add('FAQ / help centre', 'In use');
    await expect(humanTouch).toBeVisible();
    await channels.add('Phone / call centre', 'In use');
    await expect(humanTouch).toHaveCount(0);

    await channels.field('Phone / call centre', 'How well it works today').selectOption({
      label: '2 of 5',
    });
    await expect(optimise).toHaveCount(0);
    await channels.add('Live chat', 'Candidate (initial idea)');
    await expect(optimise).toContainText(
      'Optimise first: Phone / call centre works poorly today (below 3 of 5).',
    );
    await optimise.getByRole('button', { name: 'Go to Phone / call centre' }).click();
    await expect(channels.row('Phone / call centre')).toBeFocused();

    await channels.field('Phone / call centre', 'How well it works today').selectOption({
      label: '4 of 5',
    });
    await expect(optimise).toHaveCount(0);
  });
});

test.describe('with the sample roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.sampleButton.click();
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
    await roadmap.goToStage('Channels');
  });

  test('shows competitor counts and verdicts in words', async ({ page, roadmap }) => {
    const channels = new ChannelsPage(page);
    await expect(roadmap.stageLink('Channels')).toContainText('done');
    await expect(channels.evidenceRow('Phone / call centre')).toContainText('4 of 4 competitors');
    await expect(channels.evidenceRow('Live chat')).toContainText('2 of 4 competitors');
    await expect(channels.evidenceRow('Video chat')).toContainText('0 of 4 competitors');

    const video = channels.evidenceRow('Video chat');
    await expect(video).toContainText('Contradicted');
    await expect(video).toContainText(
      'Candidate (initial idea), but only 2% of surveyed customers would use it; none of the 4 competitors offers it.',
    );
    await expect(channels.evidenceRow('Live chat')).toContainText(
      'Supported' +
        'Planned, and 36% of surveyed customers would use it; 2 of 4 competitors offer it.',
    );
    await expect(channels.evidenceRow('Messaging apps')).toContainText(
      '31.5% of surveyed customers would use it; 1 of 4 competitors offers it.',
    );
    // Channels in use get no verdict.
    await expect(channels.evidenceRow('Phone / call centre')).not.toContainText('Supported');

    await channels.openDemographics();
    await expect(channels.expectedRow('Phone')).toContainText('47.4%');
    await expect(channels.warning(/Optimise first/)).toContainText(
      'Email / web form and Social networks work poorly today',
    );
    await expect(channels.warning(/Human touch:/)).toHaveCount(0);
    // The chart is drawn once it is scrolled to; its space is kept until then.
    const chartHeading = channels.evidence.getByRole('heading', {
      name: 'Initial idea against the evidence',
    });
    await expect(channels.evidence.locator('svg.recharts-surface')).toHaveCount(0);
    // On a list this long the chart waits behind a line under the table.
    await expect(channels.evidence).toContainText('Chart: survey and age mix for 4 channels');
    // Opened, it draws once it comes near the screen (how near depends on the layout).
    await channels.openEvidenceChart();
    await chartHeading.scrollIntoViewIfNeeded();
    await expect(channels.evidence.locator('svg.recharts-surface').last()).toBeVisible();
  });

  test('a channel the survey did not ask about reads "not asked" and is judged by the age mix', async ({
    page,
  }) => {
    const channels = new ChannelsPage(page);
    const survey = new SurveySavingsPage(page);
    await channels.add('Mobile app', 'Candidate (initial idea)');
    await channels.openDemographics();
    await survey.openSurvey();
    const mobile = channels.evidenceRow('Mobile app');
    const ageMix = (
      await channels.expectedRow('Smartphone app').getByRole('cell').first().innerText()
    )
      .trim()
      .replace('%', '');
    await expect(mobile.getByRole('cell').nth(1)).toHaveText('not asked');
    await expect(mobile).not.toContainText('Contradicted');
    await expect(mobile).toContainText(
      `Candidate (initial idea), but only about ${ageMix}% of customers of this age mix prefer it; the survey did not ask about it; 2 of 4 competitors offer it.`,
    );
    await expect(survey.count('Mobile app')).toHaveValue('');
    await expect(survey.surveyRow('Mobile app')).toContainText('not asked');

    // Editing another answer keeps it out of the survey, across a reload.
    await survey.count('Phone / call centre').fill('120');
    await expect(survey.survey.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await reloadWhenSaved(page);
    await expect(survey.count('Phone / call centre')).toHaveValue('120');
    await expect(mobile.getByRole('cell').nth(1)).toHaveText('not asked');

    // Once asked and chosen by nobody, it is 0% of the survey and contradicted.
    await survey.count('Mobile app').fill('0');
    await expect(mobile.getByRole('cell').nth(1)).toHaveText('0%');
    await expect(mobile).toContainText(
      'Contradicted' +
        'Candidate (initial idea), but only 0% of surveyed customers would use it; 2 of 4 competitors offer it.',
    );
  });

  test('the channels page has no accessibility violations', async ({ page }) => {
    // A scan of the whole page with its charts drawn takes a good part of the default timeout.
    test.slow();
    const channels = new ChannelsPage(page);
    const survey = new SurveySavingsPage(page);
    // Open every fold, so that everything the page holds is checked.
    await channels.openEvidenceChart();
    await channels.openList();
    await channels.openDemographics();
    await survey.openSurvey();
    await survey.openInputs();
    // Scroll through the page so that every chart is drawn and checked too.
    for (const section of [
      channels.evidence,
      page.getByRole('region', { name: 'Savings calculator' }),
    ]) {
      await section.locator('figure').last().scrollIntoViewIfNeeded();
      await expect(section.locator('svg.recharts-surface').last()).toBeVisible();
    }
    await expectAxeClean(page);
  });
});
