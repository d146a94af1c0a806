// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { numberRules, optional, type NumberRule } from './number-rules';
import { parseNumber, parseNumberColumn } from './parse-number';

const value = (text: string, language: string, rule: NumberRule = numberRules.change) => {
  const reading = parseNumber(text, language, rule);
  return reading.ok ? reading.value : reading.problem;
};

describe('parseNumber in Italian', () => {
  it('reads a point as the thousands mark and a comma as the decimal mark', () => {
    expect(value('42.000', 'it')).toBe(42_000);
    expect(value('12,5', 'it')).toBe(12.5);
    expect(value('1.234,5', 'it')).toBe(1234.5);
    expect(value('1.234.567,89', 'it')).toBe(1_234_567.89);
    expect(value('42000', 'it')).toBe(42_000);
    expect(value(',5', 'it')).toBe(0.5);
  });

  it('reads a lone separator with three digits the Italian way', () => {
    expect(value('1.234', 'it')).toBe(1234);
    expect(value('1,234', 'it')).toBe(1.234);
  });

  it('reads numbers pasted from an English spreadsheet when they show the English grouping', () => {
    expect(value('1,234.50', 'it')).toBe(1234.5);
    expect(value('1,234,567', 'it')).toBe(1_234_567);
    expect(value('-1,234.5', 'it')).toBe(-1234.5);
  });

  it('refuses an English decimal point alone, which could be read two ways', () => {
    expect(value('12.5', 'it')).toBe('ambiguous');
    expect(value('0.25', 'it')).toBe('ambiguous');
    expect(value('1.2345', 'it')).toBe('ambiguous');
  });
});

describe('parseNumber in English', () => {
  it('reads a comma as the thousands mark and a point as the decimal mark', () => {
    expect(value('42,000', 'en')).toBe(42_000);
    expect(value('12.5', 'en')).toBe(12.5);
    expect(value('1,234.5', 'en')).toBe(1234.5);
    expect(value('.5', 'en')).toBe(0.5);
  });

  it('reads a lone separator with three digits the English way', () => {
    expect(value('1.234', 'en')).toBe(1.234);
    expect(value('1,234', 'en')).toBe(1234);
  });

  it('reads numbers pasted from an Italian spreadsheet when they show the Italian grouping', () => {
    expect(value('1.234,50', 'en')).toBe(1234.5);
    expect(value('1.234.567', 'en')).toBe(1_234_567);
  });

  it('refuses an Italian decimal comma alone', () => {
    expect(value('12,5', 'en')).toBe('ambiguous');
    expect(value('0,5', 'en')).toBe('ambiguous');
  });
});

describe('parseNumber in both languages', () => {
  it.each(['it', 'en'])(
    'accepts spaces, no-break and narrow no-break spaces as groups (%s)',
    (language) => {
      expect(value('42 000', language)).toBe(42_000);
      expect(value('42\u00a0000', language)).toBe(42_000);
      expect(value('1\u202f234\u202f567', language)).toBe(1_234_567);
      expect(value('  42  ', language)).toBe(42);
    },
  );

  it.each(['it', 'en'])('reads a sign, also the typographic minus (%s)', (language) => {
    expect(value('-2', language)).toBe(-2);
    expect(value('\u22122', language)).toBe(-2);
    expect(value('+3', language)).toBe(3);
    expect(value('- 4', language)).toBe(-4);
    expect(Object.is(value('-0', language), 0)).toBe(true);
  });

  it.each(['it', 'en'])('refuses malformed text (%s)', (language) => {
    for (const text of [
      '1,2,3',
      '12..5',
      '1.2.3,4,5',
      'abc',
      '1e309',
      '1e3',
      'Infinity',
      'NaN',
      '.',
      ',',
      '--2',
      '2-',
      '12 5',
      '1 23',
      '0.123.456',
      '12,5%',
      '4 2,5,1',
    ])
      expect(value(text, language), text).toBe('malformed');
  });

  it('refuses groups that are not of three digits, and a leading group starting with 0', () => {
    expect(value('1.23.456', 'it')).toBe('malformed');
    expect(value('12.34', 'it')).toBe('ambiguous');
    expect(value('0.123', 'it')).toBe('ambiguous');
    expect(value('0,123', 'en')).toBe('ambiguous');
    expect(value('01,234', 'en')).toBe('ambiguous');
    expect(value('01.234', 'it')).toBe('ambiguous');
    expect(value('01.234,5', 'it')).toBe('malformed');
  });

  it('refuses a number too large to be exact', () => {
    expect(value('9007199254740991', 'en')).toBe(9_007_199_254_740_991);
    expect(value('9007199254740993', 'en')).toBe('tooLarge');
    expect(value('1' + '0'.repeat(400), 'en')).toBe('tooLarge');
  });
});

describe('number rules', () => {
  it('reads empty text as null only where the field allows it', () => {
    expect(parseNumber('', 'it', optional(numberRules.amount))).toEqual({ ok: true, value: null });
    expect(parseNumber('   ', 'it', optional(numberRules.amount))).toEqual({
      ok: true,
      value: null,
    });
    expect(parseNumber('', 'it', numberRules.amount)).toEqual({ ok: false, problem: 'required' });
  });

  it('never lets a count or an amount be negative, while a change may be', () => {
    expect(value('-2', 'it', numberRules.count)).toBe('negative');
    expect(value('-2,5', 'it', numberRules.amount)).toBe('negative');
    expect(value('-2,5', 'it', numberRules.change)).toBe(-2.5);
    expect(value('-2,5', 'it', numberRules.measure)).toBe(-2.5);
  });

  it('wants whole counts', () => {
    expect(value('3,5', 'it', numberRules.count)).toBe('notInteger');
    expect(value('3.500', 'it', numberRules.count)).toBe(3500);
  });

  it('takes a percent with or without the sign, from 0 to 100', () => {
    expect(value('45%', 'it', numberRules.percent)).toBe(45);
    expect(value('% 45', 'it', numberRules.percent)).toBe(45);
    expect(value('44,5 %', 'it', numberRules.percent)).toBe(44.5);
    expect(value('100', 'en', numberRules.percent)).toBe(100);
    expect(parseNumber('101', 'en', numberRules.percent)).toEqual({
      ok: false,
      problem: 'outOfRange',
      min: 0,
      max: 100,
    });
    expect(value('-5%', 'en', numberRules.percent)).toBe('negative');
    expect(value('45%', 'en', numberRules.amount)).toBe('malformed');
    expect(value('%45%', 'en', numberRules.percent)).toBe('malformed');
  });

  it('reports a range with only the limits the rule has', () => {
    expect(parseNumber('2', 'en', { min: 5 })).toEqual({
      ok: false,
      problem: 'outOfRange',
      min: 5,
    });
    expect(parseNumber('9', 'en', { max: 5 })).toEqual({
      ok: false,
      problem: 'outOfRange',
      max: 5,
    });
  });
});

describe('parseNumberColumn', () => {
  const values = (texts: string[], language: string) =>
    parseNumberColumn(texts, language, numberRules.change).map((reading) =>
      reading.ok ? reading.value : reading.problem,
    );

  it('reads a column in the UI language when every cell reads that way', () => {
    expect(values(['1.234', '2.500', '12,5'], 'it')).toEqual([1234, 2500, 12.5]);
  });

  it('reads a column written the other way, as a CSV from an English spreadsheet', () => {
    expect(values(['1.234', '12.5', '3'], 'it')).toEqual([1.234, 12.5, 3]);
    expect(values(['12,5', '3,25'], 'en')).toEqual([12.5, 3.25]);
  });

  it('keeps the UI reading and its problems when neither way reads every cell', () => {
    expect(values(['12,5', '12.5', 'abc'], 'it')).toEqual([12.5, 'ambiguous', 'malformed']);
  });
});
