import { readTextFile } from '../../../core/file/read-text-file';
import { parseCsvText } from '../model/survey-csv';

/** A survey of more than a few hundred thousand respondents is not a workshop's CSV. */
export const maxSurveyCsvBytes = 20 * 1024 * 1024;

/**
 * Reads a survey CSV whole, in any of the encodings spreadsheets write (see `readTextFile`), with
 * the reading's progress in `onProgress` (0-1), then splits it into records.
 */
export async function readCsvFile(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<string[][]> {
  const { text } = await readTextFile(file, { maxBytes: maxSurveyCsvBytes, onProgress });
  return parseCsvText(text);
}
