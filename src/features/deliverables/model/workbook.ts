import type { RoadmapBundle } from '../../../core/file/roadmap-file';

/** A cell as a spreadsheet should hold it: real numbers, real dates, true/false, or text. */
export type Cell = string | number | boolean | Date | null;

export interface Sheet {
  /** At most 31 characters and none of []:*?/\ (what spreadsheets accept), unique. */
  name: string;
  /** The stored table the rows come from; none for the roadmap's own details. */
  table?: string;
  headers: string[];
  rows: Cell[][];
}

/** The words a workbook is written in: the UI language's names of tables, fields and values. */
export interface WorkbookWords {
  /** The sheet of the roadmap's own details. */
  roadmapSheet: string;
  table: (table: string) => string;
  field: (field: string) => string;
  /** A stored value in words (a status, a theme, a catalogue key), or undefined to keep it. */
  value: (table: string, field: string, value: string) => string | undefined;
}

/** Bookkeeping every row has, which says nothing to the reader of a workbook. */
const hiddenFields = new Set([
  'id',
  'roadmapId',
  'createdAt',
  'updatedAt',
  'position',
  'catalogKey',
]);
const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A calendar date as the date a spreadsheet shows, whatever the reader's time zone. */
const dateCell = (text: string) => new Date(`${text}T00:00:00Z`);

/** What a row is called where another row points at it: its name, title, label or text. */
function rowLabel(table: string, row: Record<string, unknown>, words: WorkbookWords): string {
  for (const field of ['name', 'title', 'label', 'text']) {
    const value = row[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  // A catalogue entry kept under its catalogue's name (a channel from the list).
  if (typeof row.catalogKey === 'string')
    return words.value(table, 'catalogKey', row.catalogKey) ?? row.catalogKey;
  return '';
}

function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let name = base;
  for (let number = 2; taken.has(name.toLocaleLowerCase()); number += 1) {
    const suffix = ` (${number})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLocaleLowerCase());
  return name;
}

interface Column {
  header: string;
  read: (row: Record<string, unknown>) => Cell;
}

/**
 * The roadmap as a workbook: a sheet of its details and notes, then one sheet per table that has
 * rows, in the stages' order, and one more per list of records inside a row (a survey's answers,
 * a savings plan's moves). Numbers stay numbers and calendar dates become dates; a field that
 * points at another row shows that row's name; stored keys (statuses, themes, catalogue entries)
 * show in words. Pure: the file writers (xlsx, csv) only lay it out.
 */
export function buildWorkbook(bundle: RoadmapBundle, words: WorkbookWords): Sheet[] {
  const labels = new Map<string, string>();
  for (const [table, rows] of Object.entries(bundle.rows)) {
    for (const row of rows as Record<string, unknown>[]) {
      if (typeof row.id === 'string') labels.set(row.id, rowLabel(table, row, words));
    }
  }
  const taken = new Set<string>();
  const sheets: Sheet[] = [];

  const plain = (table: string, field: string, value: unknown): Cell => {
    if (value === null || value === undefined || value === '') return null;
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    if (typeof value === 'string') {
      if (field.endsWith('Id')) return labels.get(value) ?? null;
      if (calendarDate.test(value)) return dateCell(value);
      return words.value(table, field, value) ?? value;
    }
    if (Array.isArray(value)) {
      const parts = value.map((item) =>
        typeof item === 'string' && field.endsWith('Ids')
          ? (labels.get(item) ?? '')
          : String(plain(table, field, item) ?? ''),
      );
      return parts.filter((part) => part !== '').join(', ') || null;
    }
    return JSON.stringify(value);
  };

  const columnsOf = (table: string, rows: Record<string, unknown>[]): Column[] => {
    const columns: Column[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      for (const [field, value] of Object.entries(row)) {
        if (hiddenFields.has(field) || field.startsWith('__') || seen.has(field)) continue;
        if (Array.isArray(value) && value.some(isRecord)) continue; // a sheet of its own
        seen.add(field);
        if (isRecord(value)) {
          // A group of fields (a subject's evidence per theme): a column for each.
          for (const part of Object.keys(value)) {
            columns.push({
              header: `${capitalize(words.field(field))}: ${words.field(part)}`,
              read: (each) => {
                const group = each[field];
                return isRecord(group) ? plain(table, part, group[part]) : null;
              },
            });
          }
        } else {
          // A catalogue entry's name or label may be left empty: it shows the catalogue's words.
          const named = ['name', 'title', 'label'].includes(field);
          columns.push({
            header: capitalize(words.field(field)),
            read: (each) =>
              plain(table, field, each[field]) ??
              (named ? labels.get(String(each.id)) || null : null),
          });
        }
      }
    }
    return columns;
  };

  const addSheet = (
    title: string,
    rows: Record<string, unknown>[],
    table: string,
    lead?: Column,
  ) => {
    const columns = [...(lead ? [lead] : []), ...columnsOf(table, rows)];
    sheets.push({
      name: sheetName(title, taken),
      table,
      headers: columns.map((column) => column.header),
      rows: rows.map((row) => columns.map((column) => column.read(row))),
    });
  };

  const { roadmap } = bundle;
  const details: [string, Cell][] = [
    [capitalize(words.field('name')), roadmap.name],
    [capitalize(words.field('company')), roadmap.company || null],
    [
      capitalize(words.field('workshopDate')),
      plain('roadmap', 'workshopDate', roadmap.workshopDate),
    ],
    [capitalize(words.field('author')), roadmap.author || null],
    [capitalize(words.field('notes')), roadmap.notes || null],
  ];
  sheets.push({
    name: sheetName(words.roadmapSheet, taken),
    headers: [capitalize(words.field('label')), capitalize(words.field('value'))],
    rows: details,
  });

  for (const [table, tableRows] of Object.entries(bundle.rows)) {
    const rows = [...(tableRows as Record<string, unknown>[])].sort(
      (a, b) => Number(a.position ?? 0) - Number(b.position ?? 0),
    );
    if (rows.length === 0) continue;
    const title = capitalize(words.table(table));
    addSheet(title, rows, table);
    // Lists of records inside a row: one sheet, each record with the row it belongs to.
    const nested = new Set<string>();
    for (const row of rows)
      for (const [field, value] of Object.entries(row))
        if (Array.isArray(value) && value.some(isRecord)) nested.add(field);
    for (const field of nested) {
      const records = rows.flatMap((row) =>
        (row[field] as unknown[]).filter(isRecord).map((record) => ({ ...record, __of: row })),
      );
      if (records.length === 0) continue;
      addSheet(`${title} – ${words.field(field)}`, records, table, {
        header: title,
        read: (record) => labels.get(String((record.__of as Record<string, unknown>).id)) || title,
      });
    }
  }
  return sheets;
}

/** Text that a spreadsheet would take for a formula (= + - @, or a tab or return first). */
export const looksLikeFormula = (text: string) => /^[=+\-@\t\r]/.test(text);
