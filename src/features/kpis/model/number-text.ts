/**
 * Reads a number typed or pasted by a person: a comma or a point may mark the decimals, as
 * Italian and English users write them; spaces and a trailing % are ignored. Grouped thousands
 * ("38,000" or "38.000") are refused rather than guessed, since the two languages read them
 * opposite ways. Returns null for empty text and undefined when it is not a number.
 */
export function parseDecimal(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (compact === '') return null;
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return undefined;
  // "38,000" and "38.000" look like grouped thousands in one language or the other: ask.
  if (/^[+-]?\d{1,3}[.,]\d{3}$/.test(compact) && !/^[+-]?0[.,]/.test(compact)) return undefined;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** A stored number as the user would type it: 4,8 in Italian, 4.8 in English, no grouping. */
export function formatDecimalInput(value: number | null, language: string): string {
  if (value === null) return '';
  const text = String(value);
  return language.startsWith('it') ? text.replace('.', ',') : text;
}
