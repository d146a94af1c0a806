import { nextTask } from '../../lib/next-task';

/**
 * Reads a text file (a CSV, a pasted export) whole and correctly whatever its size: the bytes are
 * decoded by one streaming decoder, so a character split across two reads stays one character.
 * The encoding comes from the byte-order mark (UTF-8, UTF-16 LE or BE); without one the file is
 * read as UTF-8, and as Windows-1252 (old Excel "CSV") when it is not valid UTF-8.
 */

/** Bytes read per step: each step is a short task, so input and painting go on between them. */
const chunkBytes = 256 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export class TextFileTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(`The file has ${bytes} bytes; at most ${maxBytes} are read.`);
    this.name = 'TextFileTooLargeError';
  }
}

export interface ReadTextOptions {
  /** Larger files are refused before anything is read (`TextFileTooLargeError`). */
  maxBytes: number;
  /** The share read so far, 0-1. */
  onProgress?: (fraction: number) => void;
}

export interface TextFileContents {
  text: string;
  encoding: TextEncodingName;
}

/** The encoding a byte-order mark announces, and its length; UTF-8 when there is none. */
export function encodingOf(head: Uint8Array): { encoding: TextEncodingName; bomBytes: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', bomBytes: 3 };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  return { encoding: 'utf-8', bomBytes: 0 };
}

async function decodeAll(
  blob: Blob,
  encoding: TextEncodingName,
  start: number,
  fatal: boolean,
  onProgress?: (fraction: number) => void,
): Promise<string> {
  const decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true });
  const parts: string[] = [];
  for (let offset = start; offset < blob.size; offset += chunkBytes) {
    const bytes = new Uint8Array(await blob.slice(offset, offset + chunkBytes).arrayBuffer());
    parts.push(decoder.decode(bytes, { stream: true }));
    onProgress?.(Math.min(1, (offset + bytes.length) / blob.size));
    await nextTask();
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export async function readTextFile(
  blob: Blob,
  { maxBytes, onProgress }: ReadTextOptions,
): Promise<TextFileContents> {
  if (blob.size > maxBytes) throw new TextFileTooLargeError(blob.size, maxBytes);
  const head = new Uint8Array(await blob.slice(0, 3).arrayBuffer());
  const { encoding, bomBytes } = encodingOf(head);
  if (encoding !== 'utf-8' || bomBytes > 0) {
    return { text: await decodeAll(blob, encoding, bomBytes, false, onProgress), encoding };
  }
  try {
    return { text: await decodeAll(blob, 'utf-8', 0, true, onProgress), encoding };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    // Not UTF-8: what old spreadsheet programs write in Western Europe.
    onProgress?.(0);
    return {
      text: await decodeAll(blob, 'windows-1252', 0, false, onProgress),
      encoding: 'windows-1252',
    };
  }
}
