/** The two marks a language writes numbers with: 12,5 and 42.000 in Italian, 12.5 and 42,000 in English. */
export interface Separators {
  decimal: '.' | ',';
  group: '.' | ',';
}

const cache = new Map<string, Separators>();

/**
 * The UI language's own marks, as Intl writes them. Numbers follow the UI language itself, not a
 * browser's regional variant (it-CH groups with an apostrophe), so that what is shown is always
 * what the parser reads back.
 */
export function separatorsOf(language: string): Separators {
  let found = cache.get(language);
  if (!found) {
    const decimal = new Intl.NumberFormat(language)
      .formatToParts(1.5)
      .find((part) => part.type === 'decimal')?.value;
    found = decimal === ',' ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
    cache.set(language, found);
  }
  return found;
}

/** The other common convention: what a spreadsheet set to the other language writes. */
export function swapped(separators: Separators): Separators {
  return { decimal: separators.group, group: separators.decimal };
}
