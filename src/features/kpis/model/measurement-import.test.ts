import { describe, expect, it } from 'vitest';
import { maxImportBytes, parseDayText, parseMeasurements } from './measurement-import';

const today = '2026-11-22';

describe('parseMeasurements', () => {
  it('refuses text over the size limit before reading a row of it', () => {
    const text = '2026-01-31;12\n'.repeat(Math.ceil(maxImportBytes / 14) + 1);
    expect(parseMeasurements(text, '2026-12-01', 'en')).toEqual({
      ok: false,
      problems: [{ row: 0, code: 'tooLarge', detail: '' }],
    });
  });

  it('reads tab-separated rows pasted from a spreadsheet, with a header and a decimal comma', () => {
    const result = parseMeasurements(
      'Data\tValore\n31/01/2026\t12,5\n28/02/2026\t13\n',
      today,
      'it',
    );
    expect(result).toEqual({
      ok: true,
      skippedHeader: true,
      values: [
        { row: 2, date: '2026-01-31', value: 12.5 },
        { row: 3, date: '2026-02-28', value: 13 },
      ],
    });
  });

  it('reads CSV with ISO dates and decimal points, and semicolons with decimal commas', () => {
    const csv = parseMeasurements(
      'date,value\r\n2026-03-31,4.25\r\n2026-04-30,-1\r\n',
      today,
      'en',
    );
    expect(csv.ok && csv.values.map((row) => row.value)).toEqual([4.25, -1]);
    const semicolons = parseMeasurements('2026-03-31;4,25\n1/4/2026;7', today, 'it');
    expect(semicolons.ok && semicolons.values).toEqual([
      { row: 1, date: '2026-03-31', value: 4.25 },
      { row: 2, date: '2026-04-01', value: 7 },
    ]);
  });

  it('reports every bad row with its number and returns no values at all', () => {
    const text = [
      'date;value',
      '2026-01-31;10',
      '2026-02-30;11',
      '2026-03-31;abc',
      '2026-04-30;12;extra',
      '2026-01-31;13',
      '2026-12-31;14',
      '2026-05-31;38..000',
    ].join('\n');
    const result = parseMeasurements(text, today, 'it');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(({ row, code }) => [row, code])).toEqual([
      [3, 'date'],
      [4, 'value'],
      [5, 'columns'],
      [6, 'duplicate'],
      [7, 'future'],
      [8, 'value'],
    ]);
    expect(result.problems[3]?.detail).toBe('2');
  });

  it('skips blank lines but keeps the row numbers the user sees', () => {
    const result = parseMeasurements('2026-01-31,10\n\n2026-02-28,x\n', today, 'en');
    expect(!result.ok && result.problems).toEqual([{ row: 3, code: 'value', detail: 'x' }]);
  });

  it('refuses an empty paste and a comma-separated value with a decimal comma', () => {
    expect(parseMeasurements('  \n', today, 'en')).toEqual({
      ok: false,
      problems: [{ row: 0, code: 'empty', detail: '' }],
    });
    const ambiguous = parseMeasurements('2026-01-31,12,5', today, 'en');
    expect(!ambiguous.ok && ambiguous.problems[0]?.code).toBe('columns');
  });
});

describe('parseMeasurements in the UI language', () => {
  const values = (text: string, language: string) => {
    const result = parseMeasurements(text, today, language);
    return result.ok ? result.values.map((row) => row.value) : result.problems;
  };

  it('reads grouped thousands the UI language’s way', () => {
    expect(values('2026-01-31;42.000\n2026-02-28;1.234,5', 'it')).toEqual([42_000, 1234.5]);
    expect(values('2026-01-31\t42,000\n2026-02-28\t1,234.5', 'en')).toEqual([42_000, 1234.5]);
  });

  it('reads a file written by a spreadsheet in the other language as a whole', () => {
    // 12.5 alone is ambiguous in Italian; beside it, 1.234 is an English decimal too.
    expect(values('2026-01-31\t1.234\n2026-02-28\t12.5', 'it')).toEqual([1.234, 12.5]);
    expect(values('2026-01-31;12,5\n2026-02-28;3', 'en')).toEqual([12.5, 3]);
  });
});

describe('parseDayText', () => {
  it('accepts ISO and day-first dates and refuses impossible days', () => {
    expect(parseDayText('2026-03-31')).toBe('2026-03-31');
    expect(parseDayText('31/03/2026')).toBe('2026-03-31');
    expect(parseDayText('5.3.2026')).toBe('2026-03-05');
    expect(parseDayText('31/02/2026')).toBeNull();
    expect(parseDayText('03/31/2026')).toBeNull();
    expect(parseDayText('yesterday')).toBeNull();
  });
});
