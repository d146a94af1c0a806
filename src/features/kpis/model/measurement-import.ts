import Papa from 'papaparse';
import { isCalendarDate } from '../../../lib/calendar';
import { numberRules, parseNumber, parseNumberColumn } from '../../../core/numbers';

/** Pasted or imported values beyond this are refused: no KPI needs more in one go. */
export const maxImportRows = 10_000;

/** Text (pasted or from a file) beyond this is refused before it is read: 10,000 rows fit well. */
export const maxImportBytes = 1024 * 1024;

export type ImportProblemCode =
  'columns' | 'date' | 'future' | 'value' | 'duplicate' | 'empty' | 'tooMany' | 'tooLarge';

/** One bad row: its number as the user sees it (first line = 1) and what is wrong with it. */
export interface ImportProblem {
  row: number;
  code: ImportProblemCode;
  /** The text that could not be read, or the other row with the same date. */
  detail: string;
}

export interface ImportedValue {
  row: number;
  date: string;
  value: number;
}

export type ImportResult =
  | { ok: true; values: ImportedValue[]; skippedHeader: boolean }
  | { ok: false; problems: ImportProblem[] };

/** `YYYY-MM-DD`, or `DD/MM/YYYY` (also with - or . and one-digit day or month), to `YYYY-MM-DD`. */
export function parseDayText(text: string): string | null {
  const trimmed = text.trim();
  if (isCalendarDate(trimmed)) return trimmed;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return null;
  const date = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

/** A first row such as "date,value" or "Data;Valore": neither a date nor a number. */
function isHeader(cells: readonly string[], language: string): boolean {
  const [first = '', second = ''] = cells;
  return parseDayText(first) === null && !parseNumber(second, language, numberRules.measure).ok;
}

/**
 * Reads `date,value` rows pasted from a spreadsheet or a CSV file. Columns may be separated by a
 * tab, a semicolon or a comma (a comma-separated value must then use a decimal point, or be
 * quoted). Values are read as one column (`parseNumberColumn`): in the UI language's marks,
 * or all in the other language's when a spreadsheet set to it wrote them. Either every row is
 * good and all values come back, or the problems come back with their row numbers and nothing
 * is to be written.
 */
export function parseMeasurements(text: string, today: string, language: string): ImportResult {
  if (text.length > maxImportBytes) {
    return { ok: false, problems: [{ row: 0, code: 'tooLarge', detail: '' }] };
  }
  const clean = text.replace(/^\uFEFF/, '');
  // Chosen by hand rather than guessed by the parser: a decimal comma would otherwise look like
  // a column separator. A tab wins (spreadsheets), then a semicolon (Italian CSV), then a comma.
  const delimiter = clean.includes('\t') ? '\t' : clean.includes(';') ? ';' : ',';
  const parsed = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false });
  const rows = parsed.data.map((cells, index) => ({ cells, row: index + 1 }));
  const filled = rows.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  let skippedHeader = false;
  if (filled[0] && isHeader(filled[0].cells, language)) {
    filled.shift();
    skippedHeader = true;
  }
  if (filled.length === 0) return { ok: false, problems: [{ row: 0, code: 'empty', detail: '' }] };
  if (filled.length > maxImportRows)
    return { ok: false, problems: [{ row: 0, code: 'tooMany', detail: String(filled.length) }] };

  const problems: ImportProblem[] = [];
  const values: ImportedValue[] = [];
  const rowOfDate = new Map<string, number>();
  const used = filled.map(({ cells }) =>
    cells.filter((cell, index) => index < 2 || cell.trim() !== ''),
  );
  const readings = parseNumberColumn(
    used.filter((cells) => cells.length === 2).map((cells) => cells[1] ?? ''),
    language,
    numberRules.measure,
  );
  let next = 0;
  filled.forEach(({ cells, row }, index) => {
    const columns = used[index] ?? [];
    if (columns.length !== 2) {
      problems.push({ row, code: 'columns', detail: cells.join(delimiter) });
      return;
    }
    const [dateText = '', valueText = ''] = columns;
    const date = parseDayText(dateText);
    const reading = readings[next++];
    const value = reading?.ok ? reading.value : null;
    if (date === null) problems.push({ row, code: 'date', detail: dateText.trim() });
    else if (date > today) problems.push({ row, code: 'future', detail: dateText.trim() });
    if (value === null) problems.push({ row, code: 'value', detail: valueText.trim() });
    if (date === null || date > today || value === null) return;
    const earlier = rowOfDate.get(date);
    if (earlier !== undefined) {
      problems.push({ row, code: 'duplicate', detail: String(earlier) });
      return;
    }
    rowOfDate.set(date, row);
    values.push({ row, date, value });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values, skippedHeader };
}
