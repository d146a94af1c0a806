import { expect, test } from './fixtures';
import { TrainingPage } from './pages/training-page';
import { expectAxeClean } from './support/axe';
import { openFold } from './support/folds';
import { reloadWhenSaved } from './support/reload';

const platform = 'Service platform and ticketing';
const social = 'Social and messaging tools';

test.describe('on a new roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.createRoadmap({ name: 'Training workshop' });
    await roadmap.goToStage('Training');
  });

  test('“See the sample roadmap” opens the sample’s training stage', async ({ page, roadmap }) => {
    const own = roadmap.roadmapId();
    await roadmap.sampleLink.click();
    await expect(page).toHaveURL(
      (url) => !url.pathname.includes(own) && url.pathname.endsWith('/training'),
    );
    await expect(roadmap.stageHeading('Training')).toBeVisible();
    await expect(page.getByText('Libeccio Air – digital service 2027')).toBeVisible();
  });

  test('builds a team, sets levels by keyboard, plans a module for a gap and keeps it all', async ({
    page,
    roadmap,
  }) => {
    const training = new TrainingPage(page);
    await expect(
      page.getByRole('heading', { name: 'Plan the training before go-live' }),
    ).toBeVisible();
    await page.getByRole('textbox', { name: 'Or name your first role' }).fill('Agent');
    await page.getByRole('textbox', { name: 'Or name your first role' }).press('Enter');
    await expect(training.role('Agent')).toBeVisible();
    await training.addRole('Supervisor');
    await training.addPerson('Agent', 'Giulia');
    await training.addPerson('Agent', 'Marco');

    // An empty name is refused beside the field.
    await page.getByRole('button', { name: 'Add role' }).click();
    await expect(page.getByRole('form', { name: 'New role' })).toContainText(
      'Please fill this in.',
    );

    await page.getByRole('button', { name: 'Add the method’s competencies (12)' }).click();
    await expect(
      page.getByRole('button', { name: 'All the method’s competencies are in' }),
    ).toBeDisabled();
    await page.getByRole('textbox', { name: 'Your own competency' }).fill('Airline jargon');
    await page.getByRole('button', { name: 'Add own competency' }).click();
    await expect(
      page
        .getByRole('list', { name: 'Behavioural competencies' })
        .getByRole('listitem', { name: 'Airline jargon' }),
    ).toBeVisible();

    // Required levels: typing sets a cell and moves to the next competency.
    await training.typeLevels('required', 'Agent', platform, '43');
    await expect(training.cell('required', 'Agent', platform)).toContainText('4');
    await expect(training.cell('required', 'Agent', social)).toContainText('3');
    await expect(training.cell('required', 'Agent', 'Knowledge-base writing')).toBeFocused();
    await page.keyboard.press('5');
    await expect(training.cell('required', 'Agent', 'Knowledge-base writing')).toContainText('5');
    // Back to it with the arrow key, and Delete clears it.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Delete');
    await expect(training.cell('required', 'Agent', 'Knowledge-base writing')).toContainText('·');
    await expect(training.readiness).toContainText('0%');
    await expect(training.readiness).toContainText('0 of 4 requirements met');
    await training.openChecks();
    await expect(
      training.warning(`Agent lacks “${platform}” (2 people below the level)`),
    ).toBeVisible();

    // Current levels: Giulia reaches both levels, Marco is short on the platform.
    await training.showLevels('current');
    await training.typeLevels('current', 'Giulia', platform, '45');
    await training.typeLevels('current', 'Marco', platform, '23');
    await expect(training.readiness).toContainText('75%');
    await expect(training.readiness).toContainText('3 of 4 requirements met');
    await expect(training.heatRow('Marco').getByRole('cell').first()).toContainText('2/4');
    // The cell says it in words too: colour and symbols are not the only signal.
    await expect(training.heatRow('Marco').getByRole('cell').first()).toHaveAccessibleName(
      'current 2, required 4: 2 levels short. No module covers this gap.',
    );
    await page
      .getByRole('group', { name: 'Show the heat map by' })
      .getByRole('button', { name: 'Roles' })
      .click();
    await expect(training.heatRow('Agent').getByRole('cell').first()).toHaveAccessibleName(
      /1 of 2 at the level/,
    );

    // "Plan a module" opens the form with the gap's competency and role ticked.
    await page.getByRole('button', { name: `Plan a module for Agent: ${platform}` }).click();
    const form = training.addModuleForm;
    await expect(form.getByRole('checkbox', { name: platform })).toBeChecked();
    await expect(form.getByRole('checkbox', { name: 'Agent' })).toBeChecked();
    await expect(form.getByRole('checkbox', { name: 'Supervisor' })).not.toBeChecked();
    await form.getByLabel('Title').fill('Platform basics');
    await form.getByLabel('Start date').fill('2027-03-10');
    await form.getByLabel('End date').fill('2027-03-01');
    await form.getByLabel('Hours').fill('7.5');
    await form.getByRole('button', { name: 'Add this module' }).click();
    await expect(form.getByText('The end date must not come before the start date.')).toBeVisible();
    await expect(training.modules).toHaveCount(0);
    await form.getByLabel('End date').fill('2027-03-12');
    await form.getByRole('button', { name: 'Add this module' }).click();
    await expect(training.module('Platform basics')).toContainText('7.5 hours');
    await expect(training.warning(`Agent lacks “${platform}”`)).toHaveCount(0);
    await training.openChecks();
    await expect(training.warning(/No behavioural module/)).toBeVisible();
    await expect(page.getByRole('img', { name: /Schedule of 1 module/ })).toBeVisible();
    await expect(page.getByText('No go-live date yet')).toBeVisible();

    // Remove a person and a role, then bring them back.
    await page.getByRole('button', { name: 'Remove Marco' }).click();
    await expect(training.role('Agent').getByRole('listitem', { name: 'Marco' })).toHaveCount(0);
    await training
      .toast('Marco removed with their levels.')
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(training.role('Agent').getByRole('listitem', { name: 'Marco' })).toBeVisible();
    await page.getByRole('button', { name: 'Remove role Agent' }).click();
    await expect(training.role('Agent')).toHaveCount(0);
    await expect(training.module('Platform basics')).toContainText('For: every role');
    await training
      .toast('Role “Agent” removed with 2 people and their levels.')
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(training.role('Agent')).toBeVisible();
    await expect(training.module('Platform basics')).toContainText('For: Agent');
    await expect(training.readiness).toContainText('3 of 4 requirements met');

    await reloadWhenSaved(page);
    await expect(training.role('Agent').getByRole('listitem', { name: 'Marco' })).toBeVisible();
    await training.openPanel('Levels');
    await expect(training.cell('required', 'Agent', platform)).toContainText('4');
    await expect(training.module('Platform basics')).toBeVisible();
    await expect(training.readiness).toContainText('75%');
    await expect(roadmap.stageLink('Training')).toContainText('in progress');
  });
});

test.describe('with the sample roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.sampleButton.click();
    await roadmap.goToStage('Training');
  });

  test('shows readiness, warns about a module ending after go-live, and undoes a removal', async ({
    page,
    roadmap,
  }) => {
    // Ends with a whole-page accessibility scan of the stage's largest page.
    test.slow();
    const training = new TrainingPage(page);
    await expect(roadmap.stageLink('Training')).toContainText('done');
    await expect(training.readiness).toContainText('53%');
    await expect(training.readiness).toContainText('27 of 51 requirements met');
    await expect(training.heatMap.getByRole('rowheader')).toHaveCount(6);
    await expect(page.getByRole('img', { name: /Schedule of 5 modules/ })).toContainText('Go live');
    await expect(training.warning(/ends on/)).toHaveCount(0);

    // The long lists wait folded, each under a line that counts it.
    await expect(training.panel('Team')).toContainText('3 roles, 6 people');
    await expect(training.panel('Competencies')).toContainText(
      '9 competencies: 4 technical, 5 behavioural',
    );
    const modules = training.panel('Training modules');
    await expect(modules).toContainText('5 modules: 1 done, 1 in progress, 1 scheduled, 2 planned');
    await training.openPanel('Training modules');
    const module = training.module('Reading the KPI dashboard');
    await module.getByRole('button', { name: 'Edit Reading the KPI dashboard' }).click();
    const editor = page.getByRole('form', { name: 'Editing Reading the KPI dashboard' });
    await editor.getByLabel('End date').fill('2099-12-31');
    await expect(editor.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    const late = training.warning(/“Reading the KPI dashboard” ends on .*2099, after go-live/);
    await training.openChecks();
    await expect(late).toBeVisible();
    await expect(late.getByRole('link', { name: 'Open the go-live stage' })).toBeVisible();
    await expect(module).toContainText('ends after go-live');
    // The folded line names it too.
    await expect(modules).toContainText('1 ends after go-live');

    await page.getByRole('button', { name: 'Remove module Reading the KPI dashboard' }).click();
    await expect(module).toHaveCount(0);
    // Without the module the manager's KPI gap is uncovered, so the stage is no longer done.
    await training.openChecks();
    await expect(
      training.warning(/Digital customer service manager lacks “Reading KPIs/),
    ).toBeVisible();
    await expect(roadmap.stageLink('Training')).toContainText('in progress');
    await training
      .toast('Module “Reading the KPI dashboard” removed.')
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(module).toBeVisible();
    await expect(roadmap.stageLink('Training')).toContainText('done');

    await expectAxeClean(page);
  });

  test.describe('on a short screen', () => {
    test.use({ viewport: { width: 1280, height: 400 } });

    test('heat map rows scrolled into view move nothing below them', async ({ page }) => {
      // Rows off screen are drawn only once they come into view; until then they keep their place.
      const training = new TrainingPage(page);
      const rows = training.heatMap.locator('tbody tr');
      await expect(rows).toHaveCount(6);
      const team = training.panel('Team');
      const top = () => team.evaluate((element) => element.getBoundingClientRect().top + scrollY);
      const drawn = () =>
        page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
      await drawn();
      const before = await top();
      await rows.last().scrollIntoViewIfNeeded();
      await drawn();
      expect(await top()).toBe(before);
    });
  });

  test('speaks Italian', async ({ page }) => {
    await page.getByLabel('Language', { exact: true }).selectOption('Italiano');
    await expect(page.getByRole('heading', { name: 'Mappa di calore delle lacune' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Aggiungi un modulo' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Livelli' })).toContainText(
      'Livelli richiesti inseriti: 26 su 27; livelli attuali: 54 su 54',
    );
    await openFold(page.getByRole('region', { name: 'Livelli' }));
    await expect(page.getByRole('button', { name: 'Livelli attuali' })).toBeVisible();
    await expect(page.getByLabel('Preparazione del team')).toContainText(
      '27 requisiti soddisfatti su 51',
    );
  });
});
