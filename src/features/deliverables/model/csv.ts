import { looksLikeFormula, type Cell, type Sheet } from './workbook';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * One cell of a CSV file. Numbers are written as numbers (a point for decimals), dates as
 * 2026-03-31, true/false as they are. Text that a spreadsheet would run as a formula (= + - @)
 * gets a leading apostrophe, so opening the file never runs what someone typed into a roadmap.
 */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const text = cell instanceof Date ? isoDate(cell) : looksLikeFormula(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A sheet as CSV (RFC 4180, CRLF line ends), with a byte order mark so spreadsheets read UTF-8. */
export function sheetToCsv(sheet: Sheet): string {
  const lines = [sheet.headers, ...sheet.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
