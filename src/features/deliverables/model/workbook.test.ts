import { describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../../../test/generators';
import { csvCell, sheetToCsv } from './csv';
import { buildWorkbook, type Sheet, type WorkbookWords } from './workbook';

const words: WorkbookWords = {
  roadmapSheet: 'Roadmap',
  table: (table) => `the ${table}`,
  field: (field) => field,
  value: (table, field, value) =>
    table === 'scores' && field === 'theme' ? `theme ${value}` : undefined,
};

const file = makeRoadmapFile(7, {
  competitors: 2,
  assessors: 2,
  goals: 2,
  channels: 4,
  kpis: 2,
  actualsPerKpi: 3,
  voters: 2,
  goLive: true,
});
const sheets = buildWorkbook(file, words);
const sheet = (name: string): Sheet => {
  const found = sheets.find((each) => each.name === name);
  if (!found) throw new Error(`No sheet ${name} in ${sheets.map((each) => each.name).join(', ')}`);
  return found;
};
const column = (of: Sheet, header: string) => of.rows.map((row) => row[of.headers.indexOf(header)]);

describe('the roadmap as a workbook', () => {
  it('starts with the roadmap’s details, then a sheet for every table with rows, in the stages’ order', () => {
    expect(sheets[0]?.name).toBe('Roadmap');
    expect(sheets[0]?.rows[0]).toEqual(['Name', file.roadmap.name]);
    const names = sheets.map((each) => each.name);
    expect(names.indexOf('The scores')).toBeLessThan(names.indexOf('The goals'));
    expect(names.indexOf('The goals')).toBeLessThan(names.indexOf('The kpis'));
    expect(names).not.toContain('The touchpoints'); // no rows, no sheet
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('names the rows a score points at, and keeps scores as numbers', () => {
    const scores = sheet('The scores');
    expect(scores.headers).toEqual(['SubjectId', 'AssessorId', 'Theme', 'Value']);
    expect(scores.rows).toHaveLength(file.rows.scores.length);
    expect(new Set(column(scores, 'AssessorId'))).toEqual(new Set(['Assessor 1', 'Assessor 2']));
    expect(column(scores, 'SubjectId')).toContain('Competitor 1');
    expect(column(scores, 'Theme')).toContain('theme digital');
    for (const value of column(scores, 'Value')) expect(typeof value).toBe('number');
  });

  it('turns calendar dates into dates and leaves no bookkeeping fields', () => {
    const measurements = sheet('The measurements');
    const dates = column(measurements, 'Date');
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toBeInstanceOf(Date);
    const first = file.rows.measurements[0]!;
    expect((dates[0] as Date).toISOString().slice(0, 10)).toBe(first.date);
    for (const each of sheets)
      for (const hidden of ['Id', 'RoadmapId', 'CreatedAt', 'UpdatedAt', 'Position'])
        expect(each.headers).not.toContain(hidden);
  });

  it('spreads a group of fields over columns and gives a list of records its own sheet', () => {
    const subjects = sheet('The subjects');
    expect(subjects.headers).toContain('Evidence: digital');
    expect(column(subjects, 'Evidence: digital')).toContain('Email answered in two days');
    expect(column(subjects, 'OfferedChannels')).toContain('phone, email');
  });
});

describe('CSV files', () => {
  it('write numbers, dates and text as a spreadsheet reads them, and never a formula', () => {
    expect(csvCell(3.5)).toBe('3.5');
    expect(csvCell(new Date('2026-03-31T00:00:00Z'))).toBe('2026-03-31');
    expect(csvCell(true)).toBe('TRUE');
    expect(csvCell(null)).toBe('');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const risky of ['+1', '-1+2', '@SUM(A1)', '\tcmd']) expect(csvCell(risky)).toMatch(/^"?'/);
    expect(csvCell('Fewer calls, faster answers')).toBe('"Fewer calls, faster answers"');
    expect(csvCell('Line one\nline two')).toBe('"Line one\nline two"');
  });

  it('start with a byte order mark and end every line with CRLF', () => {
    const csv = sheetToCsv({ name: 'x', headers: ['A', 'B'], rows: [[1, 'two']] });
    expect(csv).toBe('\uFEFFA,B\r\n1,two\r\n');
  });
});
