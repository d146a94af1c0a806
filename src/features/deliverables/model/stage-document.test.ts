import { describe, expect, it } from 'vitest';
import { cellText, stageTables, type CellWords } from './stage-document';
import type { Sheet } from './workbook';

const words: CellWords = {
  number: (value) => value.toLocaleString('it-IT'),
  date: (value) => value.toISOString().slice(0, 10),
  yes: 'sì',
  no: 'no',
};

const sheets: Sheet[] = [
  { name: 'Roadmap', headers: ['Label', 'Value'], rows: [['Name', 'Libeccio']] },
  {
    name: 'Goals',
    table: 'goals',
    headers: ['Title', 'Target', 'Deadline', 'Benefit'],
    rows: [
      ['Fewer calls', 12500.5, new Date('2027-11-19T00:00:00Z'), null],
      ['Faster answers', 2, null, null],
    ],
  },
  { name: 'Channels', table: 'channels', headers: ['Name'], rows: [['Chat']] },
  { name: 'Survey – answers', table: 'surveys', headers: ['Survey'], rows: [['Q1']] },
];

describe('the tables of a stage document', () => {
  it("takes only the stage's tables, in the workbook's order, with every cell in words", () => {
    const tables = stageTables(sheets, ['surveys', 'goals'], words);
    expect(tables.map((table) => table.title)).toEqual(['Goals', 'Survey – answers']);
    expect(tables[0]).toEqual({
      title: 'Goals',
      // Nobody wrote a benefit: the column would be empty on paper.
      headers: ['Title', 'Target', 'Deadline'],
      numeric: [false, true, false],
      rows: [
        ['Fewer calls', '12.500,5', '2027-11-19'],
        ['Faster answers', '2', ''],
      ],
      more: 0,
    });
  });

  it('cuts a long table short and counts the rest', () => {
    const long: Sheet = {
      name: 'Levels',
      table: 'competencyLevels',
      headers: ['Person'],
      rows: Array.from({ length: 7 }, (_, index) => [`P${index}`]),
    };
    const [table] = stageTables([long], ['competencyLevels'], words, 5);
    expect(table?.rows).toHaveLength(5);
    expect(table?.more).toBe(2);
  });

  it('writes true and false in words and keeps text as it is', () => {
    expect(cellText(true, words)).toBe('sì');
    expect(cellText(false, words)).toBe('no');
    expect(cellText('=1+1', words)).toBe('=1+1');
    expect(cellText(null, words)).toBe('');
  });
});
