import { describe, expect, it } from 'vitest';
import {
  askedChannelIds,
  buildCsvTable,
  countResponses,
  distinctListValues,
  isCsvFileName,
  matchChannel,
  readYesNo,
  splitChannelList,
  suggestMapping,
  type ChannelNames,
  type CsvTable,
} from './survey-csv';
import { guessDelimiter, parseCsvText } from './survey-csv-text';

const channels: ChannelNames[] = [
  { id: 'phone', names: ['Phone / call centre', 'Telefono / call center', 'phone'] },
  { id: 'email', names: ['Email / web form', 'Email / modulo web', 'email'] },
  { id: 'chat', names: ['Live chat', 'live-chat'] },
  { id: 'app', names: ['Mobile app', 'App mobile', 'mobile-app'] },
];

function table(text: string): CsvTable {
  const result = buildCsvTable(parseCsvText(text));
  if (!result.ok) throw new Error(`Expected a table, got ${result.problem.key}`);
  return result.value;
}

function counted(text: string) {
  const csv = table(text);
  const result = countResponses(csv, suggestMapping(csv, channels));
  if (!result.ok) throw new Error(`Expected counts, got ${JSON.stringify(result.problem)}`);
  return { respondents: result.value.respondents, counts: Object.fromEntries(result.value.counts) };
}

function problemOf(text: string) {
  const built = buildCsvTable(parseCsvText(text));
  if (!built.ok) return built.problem;
  const result = countResponses(built.value, suggestMapping(built.value, channels));
  return result.ok ? null : result.problem;
}

describe('reading the file', () => {
  it('drops the byte order mark and reads quoted cells with separators inside', () => {
    const csv = table('\ufeffid,"Preferred, channels"\n1,"Phone; Email"\n2,"Live chat"\n');
    expect(csv.header).toEqual(['id', 'Preferred, channels']);
    expect(csv.rows).toEqual([
      ['1', 'Phone; Email'],
      ['2', 'Live chat'],
    ]);
  });

  it('reads semicolon-separated files as Italian Excel writes them', () => {
    const csv = table('Cliente;Telefono;App mobile\nA;sì;no\nB;no;sì\n');
    expect(csv.header).toEqual(['Cliente', 'Telefono', 'App mobile']);
    expect(csv.rows).toHaveLength(2);
  });

  it('ignores empty lines but keeps spreadsheet row numbers', () => {
    const csv = table('id,Channels\n\n1,Phone\n\n\n2,Email\n');
    expect(csv.rows).toHaveLength(2);
    expect(csv.rowNumbers).toEqual([3, 6]);
  });

  it('refuses an empty file, a file with only a header and a header without names', () => {
    expect(problemOf('')).toEqual({ key: 'survey.csv.empty' });
    expect(problemOf('\n\n')).toEqual({ key: 'survey.csv.empty' });
    expect(problemOf('id,Channels\n')).toEqual({ key: 'survey.csv.noRows' });
    expect(problemOf('id,,Channels\n1,2,Phone\n')).toEqual({
      key: 'survey.csv.noHeader',
      values: { row: 1, column: 2 },
    });
  });

  it('refuses binary content as not a CSV file', () => {
    expect(problemOf('PK\u0003\u0004\u0000\u0000,x\n1,2')).toEqual({ key: 'survey.csv.notCsv' });
    expect(isCsvFileName('answers.csv')).toBe(true);
    expect(isCsvFileName('answers.XLSX')).toBe(false);
  });

  it('names the row whose cell count differs from the header', () => {
    expect(problemOf('id,Channels\n1,Phone\n2,Email,extra\n')).toEqual({
      key: 'survey.csv.cellCount',
      values: { row: 3, cells: 3, expected: 2 },
    });
  });
});

describe('matching names to channels', () => {
  it('matches in both languages, case-insensitively, and by part of a catalogue name', () => {
    expect(matchChannel('PHONE / CALL CENTRE', channels)).toBe('phone');
    expect(matchChannel('telefono', channels)).toBe('phone');
    expect(matchChannel(' Email ', channels)).toBe('email');
    expect(matchChannel('app mobile', channels)).toBe('app');
    expect(matchChannel('Fax', channels)).toBeNull();
  });

  it('splits list cells on semicolons, commas and bars', () => {
    expect(splitChannelList('Phone; Email,Live chat | Mobile app;')).toEqual([
      'Phone',
      'Email',
      'Live chat',
      'Mobile app',
    ]);
  });

  it('reads yes and no in English and Italian', () => {
    for (const yes of ['yes', 'Y', 'sì', 'SI', 'true', '1', 'x', 'X'])
      expect(readYesNo(yes)).toBe(true);
    for (const no of ['no', 'N', 'false', '0', '', '  ']) expect(readYesNo(no)).toBe(false);
    expect(readYesNo('maybe')).toBeNull();
  });
});

describe('counting responses', () => {
  it('counts a list column, each respondent once per channel', () => {
    const text = 'id,Preferred channels\n1,"Phone; Email"\n2,Live chat|phone\n3,Phone;phone\n4,\n';
    const csv = table(text);
    expect(distinctListValues(csv, 1)).toEqual(['Phone', 'Email', 'Live chat']);
    expect(counted(text)).toEqual({
      respondents: 4,
      counts: { phone: 3, email: 1, chat: 1 },
    });
  });

  it('counts yes/no columns with Italian values from a semicolon file', () => {
    expect(counted('Cliente;Telefono;App mobile;Email\nA;sì;no;x\nB;NO;Si;\nC;1;0;0\n')).toEqual({
      respondents: 3,
      counts: { phone: 2, app: 1, email: 1 },
    });
  });

  it('counts yes/no columns with English values', () => {
    expect(counted('Phone,Live chat,Notes\nyes,no,free text\ntrue,true,\nno,x,"a, b"\n')).toEqual({
      respondents: 3,
      counts: { phone: 2, chat: 2 },
    });
  });

  it('names the row and column of a yes/no cell that is neither', () => {
    expect(problemOf('Phone,Email\nyes,no\n\nyes,perhaps\n')).toEqual({
      key: 'survey.csv.notYesNo',
      values: { row: 4, column: 'Email', value: 'perhaps' },
    });
  });

  it('names the row and column of an unknown channel in the list column', () => {
    expect(problemOf('id,Channels\n1,Phone\n2,Email\n3,Phone;Fax\n')).toEqual({
      key: 'survey.csv.unknownChannel',
      values: { row: 4, column: 'Channels', value: 'Fax' },
    });
  });

  it('accepts a value the user mapped by hand', () => {
    const csv = table('id,Channels\n1,Phone\n2,Tel.\n');
    const mapping = suggestMapping(csv, channels);
    expect(mapping).toEqual({
      kind: 'list',
      column: 1,
      values: { phone: { channelId: 'phone' }, 'tel.': null },
      reasonsColumn: null,
    });
    if (mapping.kind !== 'list') return;
    const result = countResponses(csv, {
      ...mapping,
      values: { ...mapping.values, 'tel.': { channelId: 'phone' } },
    });
    expect(result.ok && Object.fromEntries(result.value.counts)).toEqual({ phone: 2 });
  });

  it('takes a channel without a yes/no column as not asked, and every channel of a list as asked', () => {
    const ids = ['phone', 'email', 'chat'];
    expect([
      ...askedChannelIds(
        { kind: 'columns', columns: [null, 'phone', 'chat'], reasonsColumn: null },
        ids,
      ),
    ]).toEqual(['phone', 'chat']);
    expect([
      ...askedChannelIds(
        { kind: 'list', column: 0, values: { phone: { channelId: 'phone' } }, reasonsColumn: null },
        ids,
      ),
    ]).toEqual(ids);
  });

  it('counts the respondent but not an answer mapped to “ignore”, and says how many were ignored', () => {
    const csv = table('id,Channels\n1,Phone;WhatsApp\n2,Altro\n3,Email|altro\n');
    const mapping = suggestMapping(csv, channels);
    if (mapping.kind !== 'list') throw new Error('Expected a list mapping');
    expect(countResponses(csv, mapping).ok).toBe(false);
    const result = countResponses(csv, {
      ...mapping,
      values: { ...mapping.values, whatsapp: 'ignored', altro: 'ignored' },
    });
    if (!result.ok) throw new Error(result.problem.key);
    expect(result.value.respondents).toBe(3);
    expect(Object.fromEntries(result.value.counts)).toEqual({ phone: 1, email: 1 });
    expect(result.value.ignoredAnswers).toBe(3);
  });

  it('gives each chosen channel the reasons of the respondents who chose it', () => {
    const csv = table(
      'id,Channels,Why\n1,Phone;Email,A person answers\n2,Email,\n3,Email,Written proof\n',
    );
    const mapping = suggestMapping(csv, channels);
    expect(mapping).toMatchObject({ kind: 'list', column: 1, reasonsColumn: 2 });
    const result = countResponses(csv, mapping);
    if (!result.ok) throw new Error(result.problem.key);
    expect(Object.fromEntries(result.value.reasons)).toEqual({
      phone: ['A person answers'],
      email: ['A person answers', 'Written proof'],
    });
    const without = countResponses(csv, { ...mapping, reasonsColumn: null });
    expect(without.ok && without.value.reasons.size).toBe(0);
  });

  it('never reads the reasons column of a yes/no file as a channel', () => {
    const csv = table('Phone,Email,Motivo\nyes,no,Veloce\nno,yes,Scritto\n');
    const mapping = suggestMapping(csv, channels);
    expect(mapping).toEqual({
      kind: 'columns',
      columns: ['phone', 'email', null],
      reasonsColumn: 2,
    });
    // Even when the user also maps it as a channel, it stays the reasons.
    const result = countResponses(csv, {
      kind: 'columns',
      columns: ['phone', 'email', 'chat'],
      reasonsColumn: 2,
    });
    if (!result.ok) throw new Error(result.problem.key);
    expect(Object.fromEntries(result.value.reasons)).toEqual({
      phone: ['Veloce'],
      email: ['Scritto'],
    });
  });

  it('refuses a yes/no mapping without any channel column', () => {
    const csv = table('Phone,Email\nyes,no\n');
    expect(
      countResponses(csv, { kind: 'columns', columns: [null, null], reasonsColumn: null }),
    ).toEqual({
      ok: false,
      problem: { key: 'survey.csv.noColumns' },
    });
  });
});

describe('guessing the separator', () => {
  it('is not misled by blank lines or commas inside quoted cells', () => {
    expect(guessDelimiter('Risposta;Canali\n\n1;"Telefono, Email"\n\n2;Chat\n\n')).toBe(';');
    expect(guessDelimiter('id,Channels\n1,"Phone; Email"\n2,Chat\n')).toBe(',');
    expect(guessDelimiter('Channels\nPhone\n')).toBe(',');
  });
});
