import { describe, expect, it } from 'vitest';
import { readTextFile, TextFileTooLargeError } from './read-text-file';

const limit = { maxBytes: 10 * 1024 * 1024 };

/** UTF-16 bytes of a text, with its byte-order mark. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const [high, low] = [code >> 8, code & 0xff];
    bytes.set(order === 'le' ? [low, high] : [high, low], 2 + index * 2);
  }
  return bytes;
}

/** A survey-like CSV of about `bytes` bytes with accented letters everywhere. */
function csvOfSize(bytes: number): string {
  const rows = ['canale,motivo'];
  let length = rows[0]!.length;
  for (let row = 0; length < bytes; row += 1) {
    const line = `sì,perché è così ${row}`;
    rows.push(line);
    length += line.length + 1;
  }
  return rows.join('\n');
}

describe('reading a text file', () => {
  it('keeps a character split across two reads whole, at every offset around each boundary', async () => {
    const text = csvOfSize(600 * 1024);
    for (const shift of [0, 1, 2, 3]) {
      const shifted = 'x'.repeat(shift) + text;
      const read = await readTextFile(new Blob([shifted]), limit);
      expect(read.text).toBe(shifted);
      expect(read.encoding).toBe('utf-8');
    }
  });

  it('reads UTF-8 with a byte-order mark and leaves the mark out', async () => {
    const read = await readTextFile(new Blob(['\uFEFFsì,no']), limit);
    expect(read.text).toBe('sì,no');
  });

  it('reads UTF-16 little- and big-endian files over several reads', async () => {
    const text = csvOfSize(300 * 1024);
    for (const order of ['le', 'be'] as const) {
      const read = await readTextFile(new Blob([utf16(text, order)]), limit);
      expect(read.encoding).toBe(order === 'le' ? 'utf-16le' : 'utf-16be');
      expect(read.text).toBe(text);
    }
  });

  it('falls back to Windows-1252 for a file that is not UTF-8', async () => {
    // "perché sì" as old Excel writes it: é = 0xE9, ì = 0xEC.
    const bytes = Uint8Array.from([0x70, 0x65, 0x72, 0x63, 0x68, 0xe9, 0x20, 0x73, 0xec]);
    const read = await readTextFile(new Blob([bytes]), limit);
    expect(read).toEqual({ text: 'perché sì', encoding: 'windows-1252' });
  });

  it('refuses a file over the limit before reading it', async () => {
    await expect(readTextFile(new Blob(['x'.repeat(11)]), { maxBytes: 10 })).rejects.toThrow(
      TextFileTooLargeError,
    );
  });

  it('reports its progress up to the whole file', async () => {
    const fractions: number[] = [];
    await readTextFile(new Blob([csvOfSize(700 * 1024)]), {
      ...limit,
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});
