import { describe, expect, it } from 'vitest';
import { italianNumberSound, withItalianArticle } from './italian-articles';

describe('withItalianArticle', () => {
  it('elides before numbers read with a vowel and says “lo” before zero', () => {
    const cases: [number, string][] = [
      [0, 'lo 0'],
      [1, 'l’1'],
      [8, 'l’8'],
      [11, 'l’11'],
      [18, 'il 18'],
      [80, 'l’80'],
      [81, 'l’81'],
      [100, 'il 100'],
      [800, 'l’800'],
      [1000, 'il 1000'],
      [8000, 'l’8000'],
      [11000, 'l’11000'],
      [2, 'il 2'],
      [90, 'il 90'],
    ];
    expect(cases.map(([n]) => withItalianArticle('il', n))).toEqual(cases.map(([, text]) => text));
  });

  it('reads the number a formatted date or number begins with', () => {
    expect(withItalianArticle('dal', '11 gen 2027')).toBe('dall’11 gen 2027');
    expect(withItalianArticle('il', '8 mar 2027')).toBe('l’8 mar 2027');
    expect(withItalianArticle('il', '18 mar 2027')).toBe('il 18 mar 2027');
    expect(withItalianArticle('al', '1.000')).toBe('al 1.000');
    expect(withItalianArticle('al', '11.000')).toBe('all’11.000');
    expect(withItalianArticle('del', '0,5')).toBe('dello 0,5');
    expect(withItalianArticle('nel', '80,2')).toBe('nell’80,2');
    expect(withItalianArticle('il', '12 dic 2026')).toBe('il 12 dic 2026');
  });

  it('keeps the plain form before anything that is not a number', () => {
    expect(withItalianArticle('dal', 'lunedì')).toBe('dal lunedì');
    expect(withItalianArticle('il', -8)).toBe('il -8');
  });
});

describe('italianNumberSound', () => {
  it('follows the spoken number past a thousand and a million', () => {
    expect(italianNumberSound(1000)).toBe('consonant');
    expect(italianNumberSound(8000)).toBe('vowel');
    expect(italianNumberSound(80_000)).toBe('vowel');
    expect(italianNumberSound(1_000_000)).toBe('consonant');
    expect(italianNumberSound(8_000_000)).toBe('vowel');
  });
});
