import { expect, test } from './fixtures';
import { csvFile, SurveySavingsPage } from './pages/survey-savings-page';
import { largeFile } from './support/large-file';
import { reloadWhenSaved } from './support/reload';

/**
 * A yes/no survey CSV of about `size` bytes in which the two bytes of an "ì" (of "sì") straddle
 * each given offset, where a reader in fixed-size steps would cut it in two.
 */
function csvSplitting(offsets: readonly number[], size: number): { text: string; rows: number } {
  const header = 'Customer,Phone,Live chat\n';
  const lines = [header];
  // Counted line by line: measuring the whole text after each line took seconds at 300 KB.
  let bytes = Buffer.byteLength(header, 'utf8');
  const add = (line: string) => {
    lines.push(line);
    bytes += Buffer.byteLength(line, 'utf8');
  };
  for (const offset of offsets) {
    while (offset - bytes > 40) add('A,yes,no\n');
    // The row's "ì" begins at byte `offset`, so its second byte is the next read's first.
    const pad = offset - bytes - 2;
    add(`${'p'.repeat(pad)},sì,no\n`);
  }
  while (bytes < size) add('B,no,sì\n');
  const text = lines.join('');
  if (!offsets.every((offset) => Buffer.from(text, 'utf8')[offset] === 0xc3))
    throw new Error('csvSplitting: an "ì" does not start at every offset');
  return { text, rows: lines.length - 1 };
}

/** UTF-16 little-endian with its byte-order mark, as Excel's "Unicode text" writes it. */
const utf16le = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

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
    // A survey on file starts folded into a line with its numbers.
    await expect(stage.survey).toContainText('200 respondents, answers for 8 of 8 channels');
    await stage.openSurvey();
    await expect(stage.respondents).toHaveValue('200');
    await expect(stage.count('Phone / call centre')).toHaveValue('121');
    await expect(stage.surveyRow('Phone / call centre')).toContainText('60.5%');
    await expect(stage.surveyRow('Video chat')).toContainText('2%');

    await stage.count('Phone / call centre').fill('250');
    await expect(stage.count('Phone / call centre')).toHaveAccessibleDescription(
      'At most 200, the number of respondents.',
    );
    // The folded line would say so too.
    await expect(stage.survey).toContainText('check the figures');
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
    await stage.importAnd('Import 4 responses', 'Replace the survey');

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
    await stage.importAnd('Import 3 responses', 'Replace the survey');

    await expect(stage.respondents).toHaveValue('3');
    await expect(stage.count('Phone / call centre')).toHaveValue('2');
    await expect(stage.count('Live chat')).toHaveValue('2');
    await expect(stage.surveyRow('Live chat')).toContainText('66.7%');
    // The file has no column for email: the survey did not ask about it.
    await expect(stage.count('Email / web form')).toHaveValue('');
    await expect(stage.surveyRow('Email / web form')).toContainText('not asked');
  });

  test('suggests channels by synonym, ignores the answers chosen, keeps the reasons and adds to the survey in one undoable step', async () => {
    const text =
      'Risposta;Canali;Perché\n1;"WhatsApp, Altro";Risponde subito\n2;E-mail;\n3;Chat|altro;Veloce\n';
    await stage.chooseCsv(csvFile('export.csv', text));
    const mapping = stage.mapping();
    const chosen = (value: string) => mapping.getByLabel(`“${value}” is`).locator('option:checked');
    await expect(chosen('WhatsApp')).toHaveText('Messaging apps');
    await expect(chosen('E-mail')).toHaveText('Email / web form');
    await expect(chosen('Chat')).toHaveText('Live chat');
    await expect(chosen('Altro')).toHaveText('— not matched —');
    await expect(
      mapping.getByLabel('Column with the reasons (optional)').locator('option:checked'),
    ).toHaveText('Perché');

    // Left unmatched, "Altro" still stops the import.
    await mapping.getByRole('button', { name: 'Import 3 responses' }).click();
    await expect(stage.survey.getByRole('alert')).toContainText('“Altro” is not matched');
    await mapping.getByLabel('“Altro” is').selectOption({ label: 'Ignore this answer' });

    // The survey has answers: asked first, and Cancel changes nothing.
    await mapping.getByRole('button', { name: 'Import 3 responses' }).click();
    await expect(stage.replaceOrAdd()).toContainText(
      'It already counts 200 respondents. Replace it with this file (3 respondents)',
    );
    await stage.replaceOrAdd().getByRole('button', { name: 'Cancel' }).click();
    await expect(stage.respondents).toHaveValue('200');

    await stage.importAnd('Import 3 responses', 'Add these responses');
    await expect(stage.survey).toContainText(
      'Responses added to the survey: 3 respondents, 3 channels counted. 2 answers ignored.',
    );
    await expect(stage.respondents).toHaveValue('203');
    await expect(stage.count('Messaging apps')).toHaveValue('64');
    await expect(stage.count('Live chat')).toHaveValue('73');
    await expect(stage.count('Email / web form')).toHaveValue('85');
    await expect(stage.count('Phone / call centre')).toHaveValue('121');
    await expect(stage.survey.getByLabel('Why customers prefer Messaging apps')).toHaveValue(
      'Risponde subito',
    );
    await expect(stage.survey.getByLabel('Why customers prefer Live chat')).toHaveValue('Veloce');

    await stage.undo();
    await expect(stage.respondents).toHaveValue('200');
    await expect(stage.count('Messaging apps')).toHaveValue('63');
    await expect(stage.survey.getByLabel('Why customers prefer Messaging apps')).toHaveValue('');
  });

  test('preselects the last confirmed mapping for the next file, and ignores a damaged one', async ({
    page,
    roadmap,
  }) => {
    await stage.chooseCsv(
      csvFile('first.csv', 'Risposta;Canali;Perché\n1;Altro;Subito\n2;Tel.|Telefono;\n'),
    );
    let mapping = stage.mapping();
    await mapping.getByLabel('“Altro” is').selectOption({ label: 'Ignore this answer' });
    await mapping.getByLabel('“Tel.” is').selectOption({ label: 'Phone / call centre' });
    await mapping
      .getByLabel('Column with the reasons (optional)')
      .selectOption({ label: '— no reasons —' });
    await stage.importAnd('Import 2 responses', 'Replace the survey');
    await expect(stage.respondents).toHaveValue('2');

    await reloadWhenSaved(page);
    const second = 'Perché;Risposta;Canali\nBello;1;Altro\nVeloce;2;Tel.|WhatsApp\n';
    await stage.chooseCsv(csvFile('second.csv', second));
    mapping = stage.mapping();
    const chosen = (label: string) => mapping.getByLabel(label).locator('option:checked');
    await expect(chosen('Column with the channels')).toHaveText('Canali');
    await expect(chosen('“Altro” is')).toHaveText('Ignore this answer');
    await expect(chosen('“Tel.” is')).toHaveText('Phone / call centre');
    await expect(chosen('“WhatsApp” is')).toHaveText('Messaging apps');
    await expect(chosen('Column with the reasons (optional)')).toHaveText('— no reasons —');
    // Still editable: the remembered choice is only a start.
    await mapping.getByLabel('“Altro” is').selectOption({ label: 'Live chat' });
    await expect(chosen('“Altro” is')).toHaveText('Live chat');
    await mapping.getByRole('button', { name: 'Cancel' }).click();

    const id = roadmap.roadmapId();
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"kind":"list","column":'),
      `rotta.surveyMapping.${id}`,
    );
    await stage.chooseCsv(csvFile('second.csv', second));
    await expect(chosen('“Altro” is')).toHaveText('— not matched —');
    await expect(chosen('“Tel.” is')).toHaveText('— not matched —');
    await expect(chosen('Column with the reasons (optional)')).toHaveText('Perché');
  });

  test('imports a CSV over 64 KiB whose accented letters fall on the read boundaries', async () => {
    const { text, rows } = csvSplitting([65_535, 262_143], 300 * 1024);
    await stage.chooseCsv(csvFile('large.csv', text));
    const total = new Intl.NumberFormat('en-GB').format(rows);
    await stage.importAnd(`Import ${total} responses`, 'Replace the survey');
    await expect(stage.respondents).toHaveValue(total);
  });

  test('imports a UTF-16 file over 64 KiB, as Excel saves "Unicode text"', async () => {
    const { text, rows } = csvSplitting([65_535], 140 * 1024);
    await stage.chooseCsv({ name: 'unicode.csv', mimeType: 'text/csv', buffer: utf16le(text) });
    const total = new Intl.NumberFormat('en-GB').format(rows);
    await stage.importAnd(`Import ${total} responses`, 'Replace the survey');
    await expect(stage.respondents).toHaveValue(total);
  });

  test('refuses a 30 MB file at once, saying why, and writes nothing', async ({ page }) => {
    await stage.chooseCsv(largeFile('huge.csv', 30 * 1024 * 1024, 'A,yes,no\n'));
    await expect(page.getByRole('alert')).toContainText('larger than 20 MB');
    await expect(stage.respondents).toHaveValue('200');
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
