import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../model/workbook';
import { csvZipBlob, workbookBlob } from './workbook-files';

const sheets: Sheet[] = [
  {
    name: 'KPI values',
    headers: ['KPI', 'Date', 'Value', 'Note'],
    rows: [
      ['Calls a month', new Date('2026-03-31T00:00:00Z'), 41250.5, '=1+1'],
      ['Calls a month', new Date('2026-04-30T00:00:00Z'), -12, '@SUM(A1:A2)'],
    ],
  },
  { name: 'Channels', headers: ['Name', 'Human touch'], rows: [['Live chat', true]] },
];

describe('the workbook file', () => {
  it('holds real numbers and dates, a frozen bold header, and formula-like text as text', async () => {
    const blob = await workbookBlob(sheets, 'Rotta');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['KPI values', 'Channels']);
    const values = workbook.getWorksheet('KPI values')!;
    expect(values.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(values.getRow(1).font?.bold).toBe(true);
    expect(values.getCell('C2').value).toBe(41250.5);
    expect(values.getCell('C3').value).toBe(-12);
    expect(values.getCell('B2').value).toEqual(new Date('2026-03-31T00:00:00Z'));
    expect(values.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    for (const address of ['D2', 'D3']) {
      expect(values.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(values.getCell(address).formula).toBeUndefined();
    }
    expect(workbook.getWorksheet('Channels')!.getCell('B2').value).toBe(true);
  });

  it('comes as one CSV per sheet in a zip, each formula-safe', async () => {
    const zip = unzipSync(new Uint8Array(await csvZipBlob(sheets).arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['Channels.csv', 'KPI values.csv']);
    const csv = strFromU8(zip['KPI values.csv']!);
    expect(csv.split('\r\n')[1]).toBe("Calls a month,2026-03-31,41250.5,'=1+1");
    expect(csv.split('\r\n')[2]).toBe("Calls a month,2026-04-30,-12,'@SUM(A1:A2)");
  });
});
