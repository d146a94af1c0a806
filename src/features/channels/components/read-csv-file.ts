import Papa from 'papaparse';
import { csvParseConfig, guessDelimiter } from '../model/survey-csv';

/** Bytes read per step: small enough that each step is a short task and the page stays responsive. */
const chunkBytes = 64 * 1024;

/**
 * Reads a CSV file in chunks on the main thread (the app's security policy allows no blob
 * workers). Each chunk is a separate task read by the browser's FileReader, so input and painting
 * go on between chunks; `onProgress` gets the share read so far (0-1).
 */
export function readCsvFile(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<string[][]> {
  return file
    .slice(0, 65_536)
    .text()
    .then((sample) => parseChunks(file, guessDelimiter(sample), onProgress));
}

function parseChunks(
  file: File,
  delimiter: string,
  onProgress: (fraction: number) => void,
): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const records: string[][] = [];
    Papa.parse<string[]>(file, {
      ...csvParseConfig(delimiter),
      header: false,
      chunkSize: chunkBytes,
      chunk: (results) => {
        for (const record of results.data) records.push(record);
        if (file.size > 0) onProgress(Math.min(1, results.meta.cursor / file.size));
      },
      complete: () => {
        onProgress(1);
        resolve(records);
      },
      error: (error) => reject(error),
    });
  });
}
