import { strToU8, zipSync } from 'fflate';
import { sheetToCsv } from '../model/csv';
import type { Sheet } from '../model/workbook';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The workbook as an .xlsx file, written by ExcelJS: a bold, frozen header row with filters on
 * every sheet, numbers and dates as real values (dates shown as dates), columns wide enough to
 * read. Text is always written as text, never as a formula.
 */
export async function workbookBlob(sheets: readonly Sheet[], creator: string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.created = new Date();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.addRow(sheet.headers).font = { bold: true };
    // ExcelJS writes a string as a text cell, never as a formula, whatever it begins with.
    for (const row of sheet.rows) worksheet.addRow(row);
    sheet.headers.forEach((header, index) => {
      const column = worksheet.getColumn(index + 1);
      const longest = Math.max(
        header.length,
        ...sheet.rows.map((row) => {
          const cell = row[index];
          return cell instanceof Date ? 10 : cell === null ? 0 : String(cell).length;
        }),
      );
      column.width = Math.min(60, Math.max(10, longest + 2));
      if (sheet.rows.some((row) => row[index] instanceof Date)) column.numFmt = 'yyyy-mm-dd';
    });
    if (sheet.headers.length > 0)
      worksheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: 1 + sheet.rows.length, column: sheet.headers.length },
      };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: xlsxType });
}

/** Every sheet as its own CSV file, together in one zip. */
export function csvZipBlob(sheets: readonly Sheet[]): Blob {
  const files = Object.fromEntries(
    sheets.map((sheet) => [`${sheet.name}.csv`, strToU8(sheetToCsv(sheet))]),
  );
  return new Blob([zipSync(files, { level: 6 })], { type: 'application/zip' });
}
