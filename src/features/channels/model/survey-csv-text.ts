import Papa from 'papaparse';

/*
 * A survey CSV's text split into records. Kept apart from the mapping and counting
 * (`survey-csv.ts`), which the stage draws with: the CSV parser is loaded only when a file is read.
 */

const delimiters = [',', ';', '\t', '|'];

/**
 * The separator of a CSV text, guessed on its first lines with empty lines left out (a blank
 * line would otherwise make a semicolon file look like a one-column one).
 */
export function guessDelimiter(sample: string): string {
  const guessed = Papa.parse<string[]>(sample, {
    skipEmptyLines: 'greedy',
    preview: 50,
    delimitersToGuess: delimiters,
  }).meta.delimiter;
  return delimiters.includes(guessed) ? guessed : ',';
}

/** Options shared by the chunked file reader and `parseCsvText`, so both read a file the same way. */
export function csvParseConfig(delimiter: string): {
  skipEmptyLines: false;
  delimiter: string;
} {
  // Empty lines are kept so that row numbers match the spreadsheet; `buildCsvTable` skips them.
  return { skipEmptyLines: false, delimiter };
}

/** Parses a whole CSV text at once; the delimiter is guessed from its first lines. */
export function parseCsvText(text: string): string[][] {
  return Papa.parse<string[]>(text, {
    ...csvParseConfig(guessDelimiter(text.slice(0, 65_536))),
    header: false,
  }).data;
}
