import { expect, test } from './fixtures';
import { csvFile, SurveySavingsPage } from './pages/survey-savings-page';
import { reloadWhenSaved } from './support/reload';

test.describe('the customer survey of the sample roadmap', () => {
  let stage: SurveySavingsPage;

  test.beforeEach(async ({ page, library, roadmap }) => {
    await library.open();
    await library.sampleButton.click();
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
    stage = new SurveySavingsPage(page);
    await stage.open(roadmap.roadmapId());
  });

  test('shows counts and shares, refuses a count above the respondents and saves itself', async ({
    page,
  }) => {
    await expect(stage.respondents).toHaveValue('200');
    await expect(stage.count('Phone / call centre')).toHaveValue('121');
    await expect(stage.surveyRow('Phone / call centre')).toContainText('60.5%');
    await expect(stage.surveyRow('Video chat')).toContainText('2%');

    await stage.count('Phone / call centre').fill('250');
    await expect(stage.count('Phone / call centre')).toHaveAccessibleDescription(
      'At most 200, the number of respondents.',
    );
    await expect(stage.surveyRow('Phone / call centre')).toContainText('–');
    await stage.count('Phone / call centre').fill('130');
    await expect(stage.count('Phone / call centre')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(stage.surveyRow('Phone / call centre')).toContainText('65%');
    await stage.survey
      .getByLabel('Why customers prefer Phone / call centre')
      .fill('They want a person at once.');
    await expect(stage.survey.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

    await reloadWhenSaved(page);
    await expect(stage.count('Phone / call centre')).toHaveValue('130');
    await expect(stage.survey.getByLabel('Why customers prefer Phone / call centre')).toHaveValue(
      'They want a person at once.',
    );
  });

  test('imports a CSV with a list column from Italian Excel and replaces the counts', async ({
    page,
  }) => {
    const text =
      '\ufeffRisposta;Canali preferiti\n1;"Telefono, Email"\n2;Live chat\n\n3;telefono|FAQ\n4;\n';
    await stage.chooseCsv(csvFile('risposte.csv', text));
    const mapping = stage.mapping();
    await expect(mapping.getByLabel('One column lists the channels')).toBeChecked();
    await expect(mapping.getByLabel('Column with the channels')).toHaveValue('1');
    await expect(mapping.getByLabel('“Telefono” is').locator('option:checked')).toHaveText(
      'Phone / call centre',
    );
    await mapping.getByRole('button', { name: 'Import 4 responses' }).click();

    await expect(stage.survey).toContainText('Survey imported: 4 respondents, 4 channels counted.');
    await expect(stage.respondents).toHaveValue('4');
    await expect(stage.count('Phone / call centre')).toHaveValue('2');
    await expect(stage.surveyRow('Phone / call centre')).toContainText('50%');
    await expect(stage.count('Email / web form')).toHaveValue('1');
    await expect(stage.count('Live chat')).toHaveValue('1');
    await expect(stage.count('FAQ / help centre')).toHaveValue('1');
    await expect(stage.count('Social networks')).toHaveValue('0');

    await reloadWhenSaved(page);
    await expect(stage.respondents).toHaveValue('4');
    await expect(stage.count('Phone / call centre')).toHaveValue('2');
  });

  test('imports yes/no columns, ignoring a column that is not a channel', async () => {
    const text = 'Customer,Phone,Live chat,Fax\nA,yes,no,x\nB,sì,x,no\nC,0,TRUE,\n';
    await stage.chooseCsv(csvFile('answers.csv', text));
    const mapping = stage.mapping();
    await expect(mapping.getByLabel('One yes/no column per channel')).toBeChecked();
    await expect(mapping.getByLabel('Column “Fax” is')).toHaveValue('');
    await expect(mapping.getByLabel('Column “Customer” is')).toHaveValue('');
    await mapping.getByRole('button', { name: 'Import 3 responses' }).click();

    await expect(stage.respondents).toHaveValue('3');
    await expect(stage.count('Phone / call centre')).toHaveValue('2');
    await expect(stage.count('Live chat')).toHaveValue('2');
    await expect(stage.surveyRow('Live chat')).toContainText('66.7%');
    await expect(stage.count('Email / web form')).toHaveValue('0');
  });

  test('a broken row is named in an alert and nothing is written', async ({ page }) => {
    await stage.chooseCsv(csvFile('list.csv', 'id,Channels\n1,Phone\n2,Email\n3,"Phone;Fax"\n'));
    await stage.mapping().getByRole('button', { name: 'Import 3 responses' }).click();
    const alert = stage.survey.getByRole('alert');
    await expect(alert).toContainText('The survey was not imported. Nothing was changed.');
    await expect(alert).toContainText(
      'Row 4, column “Channels”: “Fax” is not matched to a channel of the roadmap.',
    );
    await stage.mapping().getByRole('button', { name: 'Cancel' }).click();

    await stage.chooseCsv(csvFile('yes-no.csv', 'Phone,Email\nyes,no\nperhaps,yes\n'));
    await stage.mapping().getByRole('button', { name: 'Import 2 responses' }).click();
    await expect(stage.survey.getByRole('alert')).toContainText(
      'Row 3, column “Phone”: “perhaps” is not yes or no',
    );
    await stage.mapping().getByRole('button', { name: 'Cancel' }).click();

    await stage.chooseCsv(csvFile('short.csv', 'id,Channels\n1,Phone\n2\n'));
    await expect(stage.survey.getByRole('alert')).toContainText(
      'Row 3 has a different number of cells from the header (1 instead of 2).',
    );
    await stage.chooseCsv({
      name: 'answers.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([80, 75, 3, 4, 0, 0]),
    });
    await expect(stage.survey.getByRole('alert')).toContainText('This is not a CSV file.');
    await stage.chooseCsv(csvFile('empty.csv', '\n\n'));
    await expect(stage.survey.getByRole('alert')).toContainText('The file is empty.');

    await expect(stage.respondents).toHaveValue('200');
    await reloadWhenSaved(page);
    await expect(stage.respondents).toHaveValue('200');
    await expect(stage.count('Phone / call centre')).toHaveValue('121');
    await expect(stage.count('Email / web form')).toHaveValue('84');
  });
});
