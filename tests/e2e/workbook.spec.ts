import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { StrategyMapPage } from './pages/strategy-map-page';

/*
 * The roadmap's numbers for spreadsheets, downloaded from the strategy map page and read back as
 * a spreadsheet would: the workbook with ExcelJS, the CSV files from their zip.
 */
test('the sample roadmap downloads as an Excel workbook with real numbers and dates, and as formula-safe CSV files', async ({
  library,
  roadmap,
  page,
}) => {
  await library.open();
  await library.sampleButton.click();
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  // Text that a spreadsheet would run, typed into the roadmap.
  await roadmap.writeNotes('=HYPERLINK("http://example.com","calls") came up twice');
  const strategyMap = new StrategyMapPage(page);
  await strategyMap.open();

  const workbookFile = await strategyMap.download(
    page.getByRole('button', { name: 'Download Excel workbook' }),
  );
  expect(workbookFile.download.suggestedFilename()).toBe(
    'Libeccio Air – digital service 2027.xlsx',
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(workbookFile.bytes).buffer);
  const names = workbook.worksheets.map((sheet) => sheet.name);
  for (const name of ['Roadmap', 'Workshop notes', 'Scores', 'Goals', 'Channels', 'KPI values'])
    expect(names).toContain(name);
  const scores = workbook.getWorksheet('Scores')!;
  expect(scores.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(scores.getRow(1).values).toEqual([
    undefined,
    'Competitor or own company',
    'Assessor',
    'Theme',
    'Value',
  ]);
  expect(typeof scores.getCell('D2').value).toBe('number');
  expect(['Digital channels', 'Service culture']).toContain(scores.getCell('C2').value);
  const values = workbook.getWorksheet('KPI values')!;
  const header = values.getRow(1).values as unknown[];
  const dateColumn = header.indexOf('Date');
  expect(values.getRow(2).getCell(dateColumn).value).toBeInstanceOf(Date);
  const notes = workbook.getWorksheet('Workshop notes')!;
  const typed = notes
    .getColumn(2)
    .values.find((value) => typeof value === 'string' && value.startsWith('=HYPERLINK'));
  expect(typed).toBe('=HYPERLINK("http://example.com","calls") came up twice');
  notes.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));

  const csvFile = await strategyMap.download(
    page.getByRole('button', { name: 'Download CSV files' }),
  );
  const zip = unzipSync(new Uint8Array(csvFile.bytes));
  expect(Object.keys(zip)).toContain('Scores.csv');
  const notesCsv = strFromU8(zip['Workshop notes.csv']!);
  expect(notesCsv).toContain(`"'=HYPERLINK(""http://example.com"",""calls"") came up twice"`);
  // A byte order mark first, so spreadsheets read the accents as UTF-8.
  expect([...zip['Scores.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(strFromU8(zip['Scores.csv']!).split('\r\n')[0]).toBe(
    'Competitor or own company,Assessor,Theme,Value',
  );
});

test('in Italian, the workbook’s sheets and headers are in Italian', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'it-IT' });
  const page = await context.newPage();
  await page.goto('/');
  await page
    .getByRole('button', { name: /esempio/i })
    .first()
    .click();
  const strategyMap = new StrategyMapPage(page);
  await strategyMap.open();
  const file = await strategyMap.download(
    page.getByRole('button', { name: 'Scarica la cartella Excel' }),
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(file.bytes).buffer);
  const names = workbook.worksheets.map((sheet) => sheet.name);
  expect(names).toContain('Roadmap');
  expect(names).toContain('Obiettivi');
  const goals = workbook.getWorksheet('Obiettivi')!;
  expect(goals.getRow(1).values).toContain('Scadenza');
  await context.close();
});
