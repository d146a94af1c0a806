import { describe, expect, it } from 'vitest';
import { csvReadProblem, maxSurveyCsvBytes, readCsvFile } from './read-csv-file';

describe('readCsvFile', () => {
  it('reads a semicolon file into records, in the spreadsheet’s rows', async () => {
    const file = new File(['Risposta;Canali\r\n1;"Telefono, Email"\r\n2;Chat\r\n'], 'survey.csv');
    const records = await readCsvFile(file, () => undefined);
    expect(records.slice(0, 3)).toEqual([
      ['Risposta', 'Canali'],
      ['1', 'Telefono, Email'],
      ['2', 'Chat'],
    ]);
  });

  it('refuses a file over the limit, and says how large a file may be', async () => {
    const file = new File([new Uint8Array(maxSurveyCsvBytes + 1)], 'huge.csv');
    const error = await readCsvFile(file, () => undefined).catch((caught: unknown) => caught);
    expect(csvReadProblem(error)).toEqual({
      key: 'survey.csv.tooLarge',
      values: { megabytes: 20 },
    });
  });

  it('calls any other failure unreadable', () => {
    expect(csvReadProblem(new TypeError('The file was moved'))).toEqual({
      key: 'survey.csv.unreadable',
    });
  });
});
