import { describe, expect, it } from 'vitest';
import { dateInputPattern, formatDate, formatDateTime, formattingLocale } from './format';

describe('formattingLocale', () => {
  it('writes English the British way and Italian the Italian way, whatever the browser', () => {
    expect(formattingLocale('en')).toBe('en-GB');
    expect(formattingLocale('it')).toBe('it-IT');
  });
});

describe('formatDate', () => {
  it('puts the day first in English, as in British English', () => {
    expect(formatDate('2027-03-31', 'en')).toBe('31 Mar 2027');
    expect(formatDateTime('2027-03-31T09:05:00', 'en')).toMatch(/^31 Mar 2027, 09:05$/);
  });

  it('writes Italian dates in Italian', () => {
    expect(formatDate('2027-03-31', 'it')).toBe('31 mar 2027');
  });
});

describe('dateInputPattern', () => {
  it('names the order the browser’s date field expects, in the UI language’s letters', () => {
    expect(dateInputPattern('en', 'en-GB')).toBe('dd/mm/yyyy');
    expect(dateInputPattern('it', 'it-IT')).toBe('gg/mm/aaaa');
    expect(dateInputPattern('en', 'en-US')).toBe('mm/dd/yyyy');
    expect(dateInputPattern('it', 'en-US')).toBe('mm/gg/aaaa');
  });
});
