import { describe, expect, it } from 'vitest';
import { formattingLocale } from './format';

describe('formattingLocale', () => {
  it("uses the browser's regional variant of the UI language", () => {
    expect(formattingLocale('en', ['en-GB', 'it-IT'])).toBe('en-GB');
    expect(formattingLocale('it', ['en-GB', 'it-CH'])).toBe('it-CH');
  });

  it('falls back to the UI language itself', () => {
    expect(formattingLocale('it', ['en-GB'])).toBe('it');
    expect(formattingLocale('en', [])).toBe('en');
  });
});
