import type { Cell, Sheet } from './workbook';

/** A table as a printed document shows it: every cell in words, long tables cut short. */
export interface DocumentTable {
  title: string;
  headers: string[];
  /** Columns of numbers only, which line up on the right. */
  numeric: boolean[];
  rows: string[][];
  /** The rows left out (the workbook has them all). */
  more: number;
}

/** How a document writes a spreadsheet's values, in the UI language. */
export interface CellWords {
  number: (value: number) => string;
  /** A calendar date (a workbook keeps it as midnight UTC). */
  date: (value: Date) => string;
  yes: string;
  no: string;
}

/** A document stays readable: a table longer than this ends with a count of the rest. */
export const maxDocumentRows = 150;

export function cellText(cell: Cell, words: CellWords): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return words.number(cell);
  if (typeof cell === 'boolean') return cell ? words.yes : words.no;
  if (cell instanceof Date) return words.date(cell);
  return cell;
}

/**
 * The tables of one stage, from the workbook's sheets: each sheet of the stage's stored tables
 * (and of the lists inside their rows), in the workbook's order, with empty columns left out.
 */
export function stageTables(
  sheets: readonly Sheet[],
  tables: readonly string[],
  words: CellWords,
  maxRows = maxDocumentRows,
): DocumentTable[] {
  const wanted = new Set(tables);
  return sheets
    .filter((sheet) => sheet.table !== undefined && wanted.has(sheet.table))
    .map((sheet) => {
      const used = sheet.headers
        .map((_, column) => column)
        .filter((column) => sheet.rows.some((row) => (row[column] ?? null) !== null));
      return {
        title: sheet.name,
        headers: used.map((column) => sheet.headers[column] ?? ''),
        numeric: used.map((column) =>
          sheet.rows.every((row) => {
            const cell = row[column] ?? null;
            return cell === null || typeof cell === 'number';
          }),
        ),
        rows: sheet.rows
          .slice(0, maxRows)
          .map((row) => used.map((column) => cellText(row[column] ?? null, words))),
        more: Math.max(0, sheet.rows.length - maxRows),
      };
    });
}
