import { formattingLocale } from '../../../lib/format';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(language: string, kind: 'euro' | 'euroCents' | 'count'): Intl.NumberFormat {
  const key = `${language}|${kind}`;
  let cached = cache.get(key);
  if (!cached) {
    const locale = formattingLocale(language);
    cached =
      kind === 'count'
        ? new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
        : new Intl.NumberFormat(locale, {
            style: 'currency',
            currency: 'EUR',
            minimumFractionDigits: kind === 'euro' ? 0 : 2,
            maximumFractionDigits: kind === 'euro' ? 0 : 2,
          });
    cache.set(key, cached);
  }
  return cached;
}

/** Whole euro (€242,000), euro and cents (€4.89) and contact counts (49,500). */
export const formatEuro = (value: number, language: string) =>
  formatter(language, 'euro').format(value);
export const formatEuroCents = (value: number, language: string) =>
  formatter(language, 'euroCents').format(value);
export const formatCount = (value: number, language: string) =>
  formatter(language, 'count').format(value);
