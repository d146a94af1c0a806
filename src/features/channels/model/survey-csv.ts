import type { ChannelKey } from '../../../lib/channel-catalogue';
import type { Problem } from '../../../lib/describe-issue';
import { synonymsOf } from './channel-synonyms';

/**
 * Raw survey responses from a CSV file: column mapping and counting. Everything here is pure; the
 * panel reads the file and hands the records over (the parsing is in `survey-csv-text.ts`, with
 * the CSV parser, loaded only when a file is chosen).
 */

export interface CsvTable {
  header: string[];
  rows: string[][];
  /** Spreadsheet row number (header = 1) of each data row. */
  rowNumbers: number[];
}

export type CsvResult<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const isEmptyRecord = (record: readonly string[]) => record.every((cell) => cell.trim() === '');

/** Names that are clearly not a CSV file, to say so instead of reading a spreadsheet as text. */
export function isCsvFileName(name: string): boolean {
  return /\.(csv|txt|tsv)$/i.test(name);
}

/**
 * The header and the data rows, with their spreadsheet row numbers. Refuses a file that is not
 * text, has no header or no responses, or a row whose cell count differs from the header's.
 */
export function buildCsvTable(records: readonly string[][]): CsvResult<CsvTable> {
  const headerIndex = records.findIndex((record) => !isEmptyRecord(record));
  if (headerIndex < 0) return { ok: false, problem: { key: 'survey.csv.empty' } };
  const header = (records[headerIndex] ?? []).map((cell, index) =>
    (index === 0 ? cell.replace(/^\ufeff/, '') : cell).trim(),
  );
  if (header.some((cell) => cell.includes('\u0000') || cell.includes('\ufffd')))
    return { ok: false, problem: { key: 'survey.csv.notCsv' } };
  const unnamed = header.findIndex((cell) => cell === '');
  if (unnamed >= 0)
    return {
      ok: false,
      problem: {
        key: 'survey.csv.noHeader',
        values: { row: headerIndex + 1, column: unnamed + 1 },
      },
    };
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let index = headerIndex + 1; index < records.length; index += 1) {
    const record = records[index] ?? [];
    if (isEmptyRecord(record)) continue;
    if (record.length !== header.length)
      return {
        ok: false,
        problem: {
          key: 'survey.csv.cellCount',
          values: { row: index + 1, cells: record.length, expected: header.length },
        },
      };
    rows.push(record);
    rowNumbers.push(index + 1);
  }
  if (rows.length === 0) return { ok: false, problem: { key: 'survey.csv.noRows' } };
  return { ok: true, value: { header, rows, rowNumbers } };
}

/** Lower case, trimmed, accents kept: "Telefono" and "telefono " are the same name. */
export const normaliseName = (name: string) => name.trim().toLocaleLowerCase();

/** A roadmap channel and every name it may appear under in a file (both languages). */
export interface ChannelNames {
  id: string;
  names: readonly string[];
  /** A catalogue channel also answers to its synonyms (`channelSynonyms`). */
  catalogKey?: ChannelKey | null;
}

/**
 * Names to match a channel by: each given name, and the parts of a name like "Phone / call
 * centre", so a file that says "Phone" finds it.
 */
export function channelAliases(names: readonly string[]): string[] {
  const aliases = new Set<string>();
  for (const name of names) {
    if (name.trim() === '') continue;
    aliases.add(normaliseName(name));
    for (const part of name.split('/')) if (part.trim() !== '') aliases.add(normaliseName(part));
  }
  return [...aliases];
}

/**
 * A lookup from a name in the file to its channel, built once: exact names win over the parts
 * of catalogue names, and both over synonyms ("Chat" finds a custom channel named "Chat" before
 * the catalogue's live chat).
 */
export function channelMatcher(
  channels: readonly ChannelNames[],
): (value: string) => string | null {
  const byName = new Map<string, string>();
  for (const channel of channels)
    for (const synonym of synonymsOf(channel.catalogKey)) {
      const key = normaliseName(synonym);
      if (!byName.has(key)) byName.set(key, channel.id);
    }
  const aliased = new Set<string>();
  for (const channel of channels)
    for (const alias of channelAliases(channel.names))
      if (!aliased.has(alias)) {
        aliased.add(alias);
        byName.set(alias, channel.id);
      }
  for (const channel of channels)
    for (const name of channel.names) byName.set(normaliseName(name), channel.id);
  return (value) => byName.get(normaliseName(value)) ?? null;
}

/** The channel a name in the file stands for, or null. */
export function matchChannel(value: string, channels: readonly ChannelNames[]): string | null {
  return channelMatcher(channels)(value);
}

const listSeparator = /[;,|]/;

/** The channel names in one list cell ("Phone; Email | Chat"). */
export function splitChannelList(cell: string): string[] {
  return cell
    .split(listSeparator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Every different name in a list column, in order of first appearance (case-insensitive). */
export function distinctListValues(table: CsvTable, column: number): string[] {
  const seen = new Map<string, string>();
  for (const row of table.rows)
    for (const value of splitChannelList(row[column] ?? '')) {
      const key = normaliseName(value);
      if (!seen.has(key)) seen.set(key, value);
    }
  return [...seen.values()];
}

const yesWords = new Set(['yes', 'y', 'sì', 'si', 'true', 'vero', '1', 'x']);
const noWords = new Set(['no', 'n', 'false', 'falso', '0', '']);

/** Reads a yes/no cell in English or Italian; null when it is neither. */
export function readYesNo(cell: string): boolean | null {
  const value = normaliseName(cell);
  if (yesWords.has(value)) return true;
  if (noWords.has(value)) return false;
  return null;
}

/**
 * What an answer in a list column stands for: a channel, `'ignored'` (the respondent counts, the
 * answer does not: "Other", a channel the roadmap leaves out), or null while not yet decided.
 */
export type AnswerTarget = { channelId: string } | 'ignored' | null;

export type SurveyCsvMapping = (
  | {
      kind: 'list';
      column: number;
      /** Normalised name in the file -> what it stands for. */
      values: Record<string, AnswerTarget>;
    }
  | {
      kind: 'columns';
      /** Column index -> roadmap channel id, or null to ignore the column. */
      columns: (string | null)[];
    }
) & {
  /** The optional free-text column saying why, or null. */
  reasonsColumn: number | null;
};

const reasonsHeader = /reason|why|motiv|perch[eé]/i;

/** The first column whose header sounds like reasons ("Reasons", "Motivo", "Perché"), or null. */
export function guessReasonsColumn(table: CsvTable): number | null {
  const index = table.header.findIndex((name) => reasonsHeader.test(name));
  return index < 0 ? null : index;
}

/** A first mapping, matched by name: yes/no columns when headers name channels, else a list. */
export function suggestMapping(
  table: CsvTable,
  channels: readonly ChannelNames[],
): SurveyCsvMapping {
  const match = channelMatcher(channels);
  const reasonsColumn = guessReasonsColumn(table);
  const columns = table.header.map((name, index) => (index === reasonsColumn ? null : match(name)));
  if (columns.filter((id) => id !== null).length >= 2)
    return { kind: 'columns', columns, reasonsColumn };
  return suggestListMapping(table, channels, guessListColumn(table, channels), reasonsColumn);
}

/**
 * The channels the survey offered as a choice. With one yes/no column per channel, a channel
 * without a column was not asked; a list column cannot tell "not offered" from "chosen by
 * nobody", so every channel counts as asked.
 */
export function askedChannelIds(
  mapping: SurveyCsvMapping,
  channelIds: readonly string[],
): Set<string> {
  if (mapping.kind === 'list') return new Set(channelIds);
  const mapped = new Set(mapping.columns);
  return new Set(channelIds.filter((id) => mapped.has(id)));
}

/** The column whose first rows name the most channels. */
export function guessListColumn(table: CsvTable, channels: readonly ChannelNames[]): number {
  const match = channelMatcher(channels);
  const sample = table.rows.slice(0, 50);
  let best = 0;
  let bestScore = -1;
  table.header.forEach((_, column) => {
    const score = sample.reduce(
      (sum, row) =>
        sum + splitChannelList(row[column] ?? '').filter((value) => match(value) !== null).length,
      0,
    );
    if (score > bestScore) {
      best = column;
      bestScore = score;
    }
  });
  return best;
}

export function suggestListMapping(
  table: CsvTable,
  channels: readonly ChannelNames[],
  column: number,
  reasonsColumn: number | null = null,
): SurveyCsvMapping {
  const match = channelMatcher(channels);
  const values: Record<string, AnswerTarget> = {};
  for (const value of distinctListValues(table, column)) {
    const channelId = match(value);
    values[normaliseName(value)] = channelId ? { channelId } : null;
  }
  return {
    kind: 'list',
    column,
    values,
    reasonsColumn: reasonsColumn === column ? null : reasonsColumn,
  };
}

export interface SurveyCounts {
  respondents: number;
  /** Channel id -> respondents who chose it (each respondent counts once per channel). */
  counts: Map<string, number>;
  /** Answers mapped to "ignore", each time one appears in a row. */
  ignoredAnswers: number;
  /**
   * Channel id -> the reasons of the respondents who chose it, in file order; empty when no
   * reasons column is mapped.
   */
  reasons: Map<string, string[]>;
}

/**
 * Counts the responses under a mapping. The first bad cell stops everything and is reported
 * with its spreadsheet row and column, so nothing half-read is ever saved.
 */
export function countResponses(
  table: CsvTable,
  mapping: SurveyCsvMapping,
): CsvResult<SurveyCounts> {
  const counts = new Map<string, number>();
  const reasons = new Map<string, string[]>();
  let ignoredAnswers = 0;
  const addRespondent = (index: number, chosen: ReadonlySet<string>) => {
    const reason =
      mapping.reasonsColumn === null
        ? ''
        : (table.rows[index]?.[mapping.reasonsColumn] ?? '').trim();
    for (const id of chosen) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (reason !== '') reasons.set(id, [...(reasons.get(id) ?? []), reason]);
    }
  };
  if (mapping.kind === 'list') {
    const columnName = table.header[mapping.column] ?? '';
    for (let index = 0; index < table.rows.length; index += 1) {
      const chosen = new Set<string>();
      for (const value of splitChannelList(table.rows[index]?.[mapping.column] ?? '')) {
        const target = mapping.values[normaliseName(value)] ?? null;
        if (target === 'ignored') {
          ignoredAnswers += 1;
          continue;
        }
        if (!target)
          return {
            ok: false,
            problem: {
              key: 'survey.csv.unknownChannel',
              values: { row: table.rowNumbers[index] ?? 0, column: columnName, value },
            },
          };
        chosen.add(target.channelId);
      }
      addRespondent(index, chosen);
    }
  } else {
    const used = mapping.columns.flatMap((id, column) =>
      id && column !== mapping.reasonsColumn ? [{ id, column }] : [],
    );
    if (used.length === 0) return { ok: false, problem: { key: 'survey.csv.noColumns' } };
    for (let index = 0; index < table.rows.length; index += 1) {
      const chosen = new Set<string>();
      for (const { id, column } of used) {
        const cell = table.rows[index]?.[column] ?? '';
        const answer = readYesNo(cell);
        if (answer === null)
          return {
            ok: false,
            problem: {
              key: 'survey.csv.notYesNo',
              values: {
                row: table.rowNumbers[index] ?? 0,
                column: table.header[column] ?? '',
                value: cell.trim(),
              },
            },
          };
        if (answer) chosen.add(id);
      }
      addRespondent(index, chosen);
    }
  }
  return {
    ok: true,
    value: { respondents: table.rows.length, counts, ignoredAnswers, reasons },
  };
}
