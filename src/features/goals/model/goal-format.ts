import { formattingLocale } from '../../../lib/format';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A goal's number as people read it: grouped thousands, at most two decimals (38,000 / 4.8). */
export function formatGoalNumber(value: number, language: string): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(formattingLocale(language), { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}
