import { describe, expect, it } from 'vitest';
import {
  applyRememberedMapping,
  readRememberedMapping,
  rememberMapping,
  type RememberedMapping,
} from './remembered-mapping';
import { buildCsvTable, suggestMapping, type ChannelNames, type CsvTable } from './survey-csv';
import { parseCsvText } from './survey-csv-text';

const channels: ChannelNames[] = [
  { id: 'phone', catalogKey: 'phone', names: ['Phone / call centre'] },
  { id: 'email', catalogKey: 'email', names: ['Email / web form'] },
  { id: 'chat', catalogKey: 'live-chat', names: ['Live chat'] },
];

function table(text: string): CsvTable {
  const result = buildCsvTable(parseCsvText(text));
  if (!result.ok) throw new Error(result.problem.key);
  return result.value;
}

describe('remembering the survey mapping', () => {
  it('remembers decided answers and the columns used, by name', () => {
    const csv = table('id,Canali,Perché\n1,Phone;Altro,Subito\n2,Tel.,\n');
    const mapping = suggestMapping(csv, channels);
    if (mapping.kind !== 'list') throw new Error('Expected a list');
    const confirmed = { ...mapping, values: { ...mapping.values, altro: 'ignored' as const } };
    expect(rememberMapping(csv, confirmed)).toEqual({
      kind: 'list',
      column: 'canali',
      answers: { phone: { channelId: 'phone' }, altro: 'ignored' },
      reasonsColumn: 'perché',
    });
  });

  it('preselects the remembered choices in the next file, with its columns moved', () => {
    const remembered: RememberedMapping = {
      kind: 'list',
      column: 'canali',
      answers: { altro: 'ignored', 'tel.': { channelId: 'phone' }, fax: { channelId: 'gone' } },
      reasonsColumn: 'perché',
    };
    const next = table('Perché,Canali,id\nSubito,Altro;Tel.,1\n,Fax|Email,2\n');
    expect(applyRememberedMapping(next, channels, remembered)).toEqual({
      kind: 'list',
      column: 1,
      values: {
        altro: 'ignored',
        'tel.': { channelId: 'phone' },
        // A channel removed since is not preselected; a new answer is suggested by name.
        fax: null,
        email: { channelId: 'email' },
      },
      reasonsColumn: 0,
    });
  });

  it('keeps "no reasons" and the yes/no columns of a remembered yes/no mapping', () => {
    const remembered: RememberedMapping = {
      kind: 'columns',
      columns: { telefono: 'phone', scritto: 'email' },
      reasonsColumn: null,
    };
    const next = table('Scritto,Telefono,Why\nyes,no,x\n');
    expect(applyRememberedMapping(next, channels, remembered)).toEqual({
      kind: 'columns',
      columns: ['email', 'phone', null],
      reasonsColumn: null,
    });
  });

  it('falls back to the suggestion for a file without the remembered columns', () => {
    const next = table('id,Answers\n1,Phone\n');
    const remembered: RememberedMapping = {
      kind: 'list',
      column: 'canali',
      answers: {},
      reasonsColumn: null,
    };
    expect(applyRememberedMapping(next, channels, remembered)).toBeNull();
    expect(applyRememberedMapping(next, channels, null)).toBeNull();
  });

  it('reads back a stored mapping and ignores a damaged one', () => {
    const stored: RememberedMapping = {
      kind: 'columns',
      columns: { phone: 'phone' },
      reasonsColumn: 'why',
    };
    expect(readRememberedMapping(JSON.stringify(stored))).toEqual(stored);
    expect(readRememberedMapping(null)).toBeNull();
    expect(readRememberedMapping('{"kind":"list",')).toBeNull();
    expect(readRememberedMapping('{"kind":"list","column":3,"answers":{}}')).toBeNull();
    expect(
      readRememberedMapping(
        JSON.stringify({ ...stored, columns: { phone: { channelId: 'phone' } } }),
      ),
    ).toBeNull();
  });
});
