/**
 * Locale-aware formatting in one place, so every screen shows dates and numbers alike.
 * Formatters are cached: building an Intl formatter costs far more than using one.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, kind: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${language}|${kind}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached =
      kind === 'date'
        ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
        : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
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
