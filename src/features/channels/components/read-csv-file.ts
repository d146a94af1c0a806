import { readTextFile, TextFileTooLargeError } from '../../../core/file/read-text-file';
import type { Problem } from '../../../lib/describe-issue';
import { parseCsvText } from '../model/survey-csv-text';

/*
 * Loaded when a survey file is chosen, not with the stage: with it comes the CSV parser, the
 * largest part of the stage's code that its first screen does not use.
 */

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

/** What to tell the user when `readCsvFile` failed. */
export function csvReadProblem(error: unknown): Problem {
  return error instanceof TextFileTooLargeError
    ? { key: 'survey.csv.tooLarge', values: { megabytes: error.maxBytes / 1024 / 1024 } }
    : { key: 'survey.csv.unreadable' };
}
