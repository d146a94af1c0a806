/**
 * Locale-aware date formatting in one place, so every screen shows dates alike (numbers have
 * their own parser and formatter in core/numbers).
 * Formatters are cached: building an Intl formatter costs far more than using one.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The one regional variant each UI language is written in: English is British (31 Mar 2027,
 * never Mar 31, 2027, beside “programme” and “centre”), Italian is Italy's. The browser's own
 * region does not change it, so one screen never mixes two conventions.
 */
const regionalLocales: Record<string, string> = { en: 'en-GB', it: 'it-IT' };

export function formattingLocale(language: string): string {
  return regionalLocales[language.toLowerCase().split('-')[0] ?? ''] ?? language;
}

function formatter(language: string, kind: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${language}|${kind}`;
  let cached = formatters.get(key);
  if (!cached) {
    const locale = formattingLocale(language);
    cached =
      kind === 'date'
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(key, cached);
  }
  return cached;
}

export function formatDateTime(iso: string, language: string): string {
  return formatter(language, 'dateTime').format(new Date(iso));
}

export function formatDate(isoDate: string, language: string): string {
  return formatter(language, 'date').format(new Date(`${isoDate}T00:00:00Z`));
}

const patternLetters: Record<string, Partial<Record<Intl.DateTimeFormatPartTypes, string>>> = {
  en: { day: 'dd', month: 'mm', year: 'yyyy' },
  it: { day: 'gg', month: 'mm', year: 'aaaa' },
};

/**
 * The order a date field expects, in the UI language's letters: “dd/mm/yyyy”, “gg/mm/aaaa”, or
 * “mm/dd/yyyy” in a US browser. A native date field follows the browser's own language
 * (`inputLocale`), not the page's, so the hint describes the field as the browser draws it.
 */
export function dateInputPattern(language: string, inputLocale: string): string {
  const letters = patternLetters[language] ?? patternLetters.en ?? {};
  return new Intl.DateTimeFormat(inputLocale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .formatToParts(new Date(Date.UTC(2027, 2, 31)))
    .map((part) => (part.type === 'literal' ? part.value : (letters[part.type] ?? part.value)))
    .join('');
}
