import { separatorsOf } from './separators';

/**
 * The kinds of number the app shows, each with its decimals decided once:
 * - `count`: people, contacts, answers, rows: no decimals (49.500).
 * - `measure`: a goal's or a KPI's value, hours: up to two decimals, none when whole (4,8; 38.000).
 * - `score`: a mean or a gap on the 1-5 scale: always one decimal (3,5; 4,0).
 * - `share`: a percentage given as 0-100: no decimal when whole, else one (44,5; 2). The % sign
 *   stays in the sentence around it, where each language puts it ("il 45%").
 * - `money`: euro: whole euro (189.000 €), with cents for small sums under 100 (4,89 €; 4,00 €).
 */
export type NumberKind = 'count' | 'measure' | 'score' | 'share' | 'money';

export interface FormatOptions {
  /** Show a + before positive numbers (a difference: +0,5). */
  signed?: boolean;
}

const smallMoney = 100;

function intlOptions(kind: NumberKind, isSmall: boolean): Intl.NumberFormatOptions {
  switch (kind) {
    case 'count':
      return { maximumFractionDigits: 0 };
    case 'measure':
      return { maximumFractionDigits: 2 };
    case 'score':
      return { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    case 'share':
      return { maximumFractionDigits: 1 };
    case 'money':
      return {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: isSmall ? 2 : 0,
        maximumFractionDigits: isSmall ? 2 : 0,
      };
  }
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(
  language: string,
  kind: NumberKind,
  options: FormatOptions,
  isSmall: boolean,
): Intl.NumberFormat {
  const key = `${language}|${kind}|${options.signed ? 'signed' : ''}|${isSmall ? 'small' : ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, {
      ...intlOptions(kind, isSmall),
      // Italian CLDR leaves 4-digit numbers ungrouped (8500 beside 42.000); group them all alike.
      useGrouping: 'always',
      signDisplay: options.signed ? 'exceptZero' : 'auto',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A number to read, in the UI language's separators and grouping. Formatters are cached:
 * building an Intl formatter costs far more than using one.
 */
export function formatNumber(
  value: number,
  language: string,
  kind: NumberKind = 'measure',
  options: FormatOptions = {},
): string {
  const isSmall = kind === 'money' && value !== 0 && Math.abs(value) < smallMoney;
  return formatterFor(language, kind, options, isSmall).format(value);
}

/** Decimal digits of a finite number without exponent: 1e-7 -> "0.0000001". */
function plainDigits(magnitude: number): string {
  const text = String(magnitude);
  const exponent = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exponent) return text;
  const [, lead = '', rest = '', power = '0'] = exponent;
  const shift = Number(power);
  const digits = lead + rest;
  if (shift < 0) return `0.${'0'.repeat(-shift - 1)}${digits}`;
  return digits.padEnd(shift + 1, '0');
}

/**
 * A stored number put back into a text field, in the UI language's marks and grouping
 * (42.000 or 4,8 in Italian), with every digit JavaScript needs to give the same number back:
 * `parseNumber(formatNumberInput(x, language), language)` is `x`. Empty for null.
 */
export function formatNumberInput(value: number | null, language: string): string {
  if (value === null || !Number.isFinite(value)) return '';
  const { decimal, group } = separatorsOf(language);
  const [whole = '0', fraction] = plainDigits(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 ? '-' : '';
  return fraction ? `${sign}${grouped}${decimal}${fraction}` : `${sign}${grouped}`;
}
