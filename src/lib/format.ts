/**
 * Locale-aware date formatting in one place, so every screen shows dates alike (numbers have
 * their own parser and formatter in core/numbers).
 * Formatters are cached: building an Intl formatter costs far more than using one.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The browser's own regional variant of the UI language when it has one (en-GB shows 22 Nov 2026,
 * en-US Nov 22, 2026), otherwise the UI language itself.
 */
export function formattingLocale(
  language: string,
  browserLanguages: readonly string[] = globalThis.navigator?.languages ?? [],
): string {
  return (
    browserLanguages.find((candidate) =>
      candidate.toLowerCase().startsWith(`${language.toLowerCase()}-`),
    ) ?? language
  );
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
