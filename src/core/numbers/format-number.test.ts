// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatNumber, formatNumberInput } from './format-number';
import { numberProblemMessage } from './number-problem';
import { parseNumber } from './parse-number';

// Intl puts a no-break space before the euro sign in Italian; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatNumber', () => {
  it('groups every number alike in Italian, four digits too', () => {
    expect(formatNumber(42_000, 'it', 'count')).toBe('42.000');
    expect(formatNumber(8500, 'it', 'count')).toBe('8.500');
    expect(formatNumber(8500, 'en', 'count')).toBe('8,500');
  });

  it('shows a measure with up to two decimals', () => {
    expect(formatNumber(4.5, 'it')).toBe('4,5');
    expect(formatNumber(4.567, 'en', 'measure')).toBe('4.57');
    expect(formatNumber(38_000, 'it', 'measure')).toBe('38.000');
  });

  it('shows a score with one decimal, and a sign when asked', () => {
    expect(formatNumber(3.25, 'it', 'score')).toBe('3,3');
    expect(formatNumber(4, 'en', 'score')).toBe('4.0');
    expect(formatNumber(0.5, 'it', 'score', { signed: true })).toBe('+0,5');
    expect(formatNumber(-0.5, 'it', 'score', { signed: true })).toBe('-0,5');
    expect(formatNumber(0, 'it', 'score', { signed: true })).toBe('0,0');
  });

  it('shows a share with no decimal when whole and one otherwise', () => {
    expect(formatNumber(2, 'it', 'share')).toBe('2');
    expect(formatNumber(44.5, 'it', 'share')).toBe('44,5');
    expect(formatNumber(44.46, 'en', 'share')).toBe('44.5');
    expect(formatNumber(44.96, 'en', 'share')).toBe('45');
  });

  it('shows money in whole euro, with cents for small sums', () => {
    expect(plain(formatNumber(189_000, 'it', 'money'))).toBe('189.000 €');
    expect(formatNumber(189_000, 'en', 'money')).toBe('€189,000');
    expect(plain(formatNumber(4.89, 'it', 'money'))).toBe('4,89 €');
    expect(formatNumber(4, 'en', 'money')).toBe('€4.00');
    expect(formatNumber(0, 'en', 'money')).toBe('€0');
  });
});

describe('formatNumberInput', () => {
  it('writes a stored number the way the UI language types it, grouped', () => {
    expect(formatNumberInput(42_000, 'it')).toBe('42.000');
    expect(formatNumberInput(1234.5, 'it')).toBe('1.234,5');
    expect(formatNumberInput(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumberInput(-4.8, 'it')).toBe('-4,8');
    expect(formatNumberInput(1e-7, 'en')).toBe('0.0000001');
    expect(formatNumberInput(null, 'en')).toBe('');
  });

  it('keeps every digit, so the text reads back as the same number', () => {
    const value = 0.1 + 0.2;
    const reading = parseNumber(formatNumberInput(value, 'it'), 'it', { allowNegative: true });
    expect(reading).toEqual({ ok: true, value });
  });
});

describe('numberProblemMessage', () => {
  it('names the problem by its catalog key', () => {
    expect(numberProblemMessage({ ok: false, problem: 'ambiguous' }, 'it')).toEqual({
      key: 'validation.number.ambiguous',
    });
  });

  it('gives the limits of a range in the UI language', () => {
    expect(
      numberProblemMessage({ ok: false, problem: 'outOfRange', min: 0, max: 1500.5 }, 'it'),
    ).toEqual({ key: 'validation.number.between', values: { min: '0', max: '1.500,5' } });
    expect(numberProblemMessage({ ok: false, problem: 'outOfRange', min: 1 }, 'en')).toEqual({
      key: 'validation.number.atLeast',
      values: { min: '1' },
    });
  });
});
