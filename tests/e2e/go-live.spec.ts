import { expect, test } from './fixtures';
import { GoLivePage } from './pages/go-live-page';
import { openFold } from './support/folds';
import { reloadWhenSaved } from './support/reload';

/** A calendar day `days` after `date` (both `YYYY-MM-DD`). */
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test.describe('on a new roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.createRoadmap({ name: 'Launch workshop' });
    await roadmap.goToStage('Go live');
  });

  test('“See the sample roadmap” opens the sample’s go-live stage, loading the sample once', async ({
    page,
    library,
    roadmap,
  }) => {
    const own = roadmap.roadmapId();
    await roadmap.sampleLink.click();
    await expect(page).toHaveURL(
      (url) => !url.pathname.includes(own) && url.pathname.endsWith('/go-live'),
    );
    await expect(roadmap.stageHeading('Go live')).toBeVisible();
    const sample = roadmap.roadmapId();
    await expect(new GoLivePage(page).goLiveDate).not.toHaveValue('');

    // The second time it opens the same sample instead of loading another copy.
    await library.open();
    await expect(library.roadmapLinks()).toHaveCount(2);
    await library.roadmapLink('Launch workshop').click();
    await roadmap.goToStage('Go live');
    await roadmap.sampleLink.click();
    await expect(page).toHaveURL(new RegExp(`/roadmaps/${sample}/go-live$`));
    await library.open();
    await expect(library.roadmapLinks()).toHaveCount(2);
  });

  test('sets the go-live date, refuses a pilot after it, and marks the stage done', async ({
    page,
    roadmap,
  }) => {
    const goLive = new GoLivePage(page);
    await expect(page.getByRole('heading', { name: 'Plan the launch' })).toBeVisible();
    await expect(roadmap.sampleLink).toBeVisible();
    await page.getByRole('button', { name: 'Set the go-live date' }).click();
    await expect(goLive.goLiveDate).toBeFocused();
    await expect(roadmap.stageLink('Go live')).toContainText('not started');

    await goLive.goLiveDate.fill('2031-09-01');
    await expect(roadmap.stageLink('Go live')).toContainText('done');
    await expect(goLive.launch).toContainText(/in \d+ days/);

    // A pilot after the launch is refused next to the field and writes nothing.
    await goLive.pilotDate.fill('2031-10-01');
    await expect(
      goLive.launch.getByText('The pilot must come before the go-live date.'),
    ).toBeVisible();
    await expect(goLive.launch.getByText('Nothing was saved.')).toBeVisible();
    await reloadWhenSaved(page);
    await expect(goLive.goLiveDate).toHaveValue('2031-09-01');
    await expect(goLive.pilotDate).toHaveValue('');

    await goLive.pilotDate.fill('2031-08-01');
    await expect(goLive.launch).toContainText('Pilot on');
    await reloadWhenSaved(page);
    await expect(goLive.pilotDate).toHaveValue('2031-08-01');

    // Nothing planned in stage 3 yet: the rollout plan says where to start.
    await expect(
      goLive.rolloutPlan.getByRole('link', { name: 'Plan channels in stage 3' }),
    ).toBeVisible();
    // Nothing to go on yet: every item is open.
    await expect(goLive.readiness).toContainText('0 of 9 ready');
    await goLive.openChecklist();
    await expect(goLive.entry('Every goal states its business benefit')).toContainText('Open');
  });
});

test.describe('with the sample roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.sampleButton.click();
    await roadmap.goToStage('Go live');
  });

  test('fills the checklist from the earlier stages, and answers and own items change the %', async ({
    page,
  }) => {
    const goLive = new GoLivePage(page);
    await expect(goLive.readiness).toContainText('60%');
    await expect(goLive.readiness).toContainText('6 of 10 ready');
    await expect(goLive.readiness.getByRole('progressbar', { name: 'Readiness' })).toHaveAttribute(
      'value',
      '60',
    );

    // The items wait folded under the figure, counted in one line.
    await expect(goLive.readiness).toContainText('10 items: 6 done, 4 open');
    await goLive.openChecklist();
    const baselines = goLive.entry('Every goal has a KPI with a baseline');
    await expect(baselines).toContainText('Done');
    const toKpis = baselines.getByRole('link', {
      name: 'Automatic, from stage 4: KPIs and monitoring',
    });
    await expect(toKpis).toHaveAttribute('href', /\/kpis$/);
    await expect(
      goLive.entry('Customers can always reach a person').getByRole('link', {
        name: 'Automatic, from stage 3: Channels',
      }),
    ).toHaveAttribute('href', /\/channels$/);
    await expect(
      goLive.entry('Every planned channel has a launch date').getByRole('link', {
        name: 'Automatic, from the rollout plan',
      }),
    ).toBeVisible();
    await expect(goLive.entry('The team is trained')).toContainText('Open');
    await expect(goLive.entry('A tone-of-voice guide is agreed')).toContainText('Your team’s call');

    // The team's own answer wins over the automatic one.
    await goLive.answer('Escalation rules are written down', 'Done');
    await expect(goLive.readiness).toContainText('7 of 10 ready');
    await expect(goLive.readiness).toContainText('70%');
    await goLive.answer('Every goal has a KPI with a baseline', 'Not applicable');
    await expect(goLive.readiness).toContainText('6 of 9 ready');
    await expect(goLive.entry('Every goal has a KPI with a baseline')).toContainText(
      'Your answer; stage 4 says: Done',
    );
    await goLive.answer('Every goal has a KPI with a baseline', 'Automatic (Done)');
    await expect(goLive.readiness).toContainText('7 of 10 ready');

    // Own items: an empty name is refused, a new one counts as open, removal offers Undo.
    await goLive.addItemForm.getByRole('button', { name: 'Add item' }).click();
    await expect(goLive.addItemForm.getByText('Please fill this in.')).toBeVisible();
    await goLive.addItem('Press release ready');
    await expect(goLive.entry('Press release ready')).toContainText('Open');
    await expect(goLive.readiness).toContainText('7 of 11 ready');
    await goLive.answer('Press release ready', 'Done');
    await expect(goLive.readiness).toContainText('8 of 11 ready');
    await goLive
      .entry('Press release ready')
      .getByRole('button', {
        name: 'Remove Press release ready',
      })
      .click();
    await expect(goLive.entry('Press release ready')).toHaveCount(0);
    await expect(goLive.readiness).toContainText('7 of 10 ready');
    await page
      .getByRole('status')
      .filter({ hasText: 'Removed: Press release ready.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(goLive.entry('Press release ready')).toContainText('Done');
    await expect(goLive.readiness).toContainText('8 of 11 ready');

    await reloadWhenSaved(page);
    await expect(goLive.readiness).toContainText('8 of 11 ready');
    await expect(
      goLive.entry('Escalation rules are written down').getByLabel('Answer', { exact: true }),
    ).toHaveValue('done');
  });

  test('plans the rollout per channel and warns when a full launch comes after go-live', async ({
    page,
    roadmap,
  }) => {
    const goLive = new GoLivePage(page);
    await expect(goLive.rolloutPlan).toContainText('Already live, no dates needed');
    await expect(goLive.rolloutPlan.getByRole('img', { name: /Rollout timeline/ })).toBeVisible();
    const chat = goLive.rollout('Live chat');
    await expect(chat).toBeVisible();
    await expect(goLive.rollout('Knowledge base')).toBeVisible();
    await expect(goLive.rolloutPlan.getByText(/comes after the go-live date/)).toHaveCount(0);

    const launch = await goLive.goLiveDate.inputValue();
    const late = addDays(launch, 20);
    await chat.getByLabel('Full launch', { exact: true }).fill(late);
    const warning = goLive.rolloutPlan.getByText(
      /Full launch of Live chat \(.+\) comes after the go-live date/,
    );
    await expect(warning).toBeVisible();
    await goLive.rolloutPlan.getByRole('button', { name: 'Go to Live chat' }).click();
    await expect(chat).toBeFocused();

    // Steps out of order are refused beside the field and not saved.
    await chat.getByLabel('Soft launch', { exact: true }).fill(addDays(late, 5));
    await expect(
      chat.getByText('The steps go in order: pilot, then soft launch, then full launch.'),
    ).toBeVisible();
    const soft = addDays(launch, -40);
    await chat.getByLabel('Soft launch', { exact: true }).fill(soft);
    await expect(chat.getByText('The steps go in order')).toHaveCount(0);
    await chat.getByLabel('Note', { exact: true }).fill('Payment page only at first.');

    await goLive.rolloutPlan.getByText('Show the timeline as a table').click();
    await expect(
      goLive.rolloutPlan.getByRole('table', { name: 'Rollout dates per channel' }),
    ).toContainText('Live chat');

    await reloadWhenSaved(page);
    await expect(chat.getByLabel('Full launch', { exact: true })).toHaveValue(late);
    await expect(chat.getByLabel('Soft launch', { exact: true })).toHaveValue(soft);
    await expect(chat.getByLabel('Note', { exact: true })).toHaveValue(
      'Payment page only at first.',
    );
    await expect(warning).toBeVisible();

    // The launch dates also show on the goals timeline.
    await roadmap.goToStage('Goals and timelines');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByRole('img')).toContainText('Go live');
    await expect(timeline.getByRole('img')).toContainText('Pilot');
    await expect(timeline.getByRole('row', { name: /Go live/ })).toBeAttached();
  });

  test('speaks Italian', async ({ page }) => {
    await page.getByLabel('Language', { exact: true }).selectOption('Italiano');
    await expect(page.getByRole('heading', { name: 'Checklist di prontezza' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Piano di avvio' })).toBeVisible();
    await expect(page.getByLabel('Data di go live', { exact: true })).toHaveAccessibleDescription(
      'Formato: gg/mm/aaaa',
    );
    await expect(page.getByText('6 su 10 pronti')).toBeVisible();
    const checklist = page.getByRole('region', { name: 'Checklist di prontezza' });
    await expect(checklist).toContainText('10 voci: 6 fatte, 4 aperte');
    await openFold(checklist);
    await expect(
      page
        .getByRole('link', { name: 'Automatica, dalla tappa 4: Metriche (KPI) e monitoraggio' })
        .first(),
    ).toBeVisible();
  });

  test('the header takes back a launch date and puts it again', async ({ page }) => {
    const goLive = new GoLivePage(page);
    const before = await goLive.goLiveDate.inputValue();
    await goLive.goLiveDate.fill('2031-03-03');
    await expect(goLive.launch.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await goLive.goLiveDate.blur();
    const history = page.getByRole('group', { name: 'Undo' });
    await history.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(goLive.goLiveDate).toHaveValue(before);
    await history.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(goLive.goLiveDate).toHaveValue('2031-03-03');
  });
});
