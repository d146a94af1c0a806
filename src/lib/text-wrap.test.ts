import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncateText, wrapText, type MeasureText } from './text-wrap';

// One unit per character keeps the expectations readable.
const perChar: MeasureText = (text, fontSize) => [...text].length * fontSize;

describe('wrapText', () => {
  it('keeps a short text on one line', () => {
    expect(wrapText('Fewer calls', { maxWidth: 20, fontSize: 1, measure: perChar })).toEqual([
      'Fewer calls',
    ]);
  });

  it('breaks between words so that no line is wider than the box', () => {
    const lines = wrapText('answer on social media the same day', {
      maxWidth: 12,
      fontSize: 1,
      measure: perChar,
    });
    expect(lines).toEqual(['answer on', 'social media', 'the same day']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(12);
  });

  it('ends the last allowed line with an ellipsis when the text is longer', () => {
    const lines = wrapText('one two three four five six seven', {
      maxWidth: 9,
      fontSize: 1,
      maxLines: 2,
      measure: perChar,
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('one two');
    expect(lines[1]).toMatch(/…$/u);
    expect(lines[1]!.length).toBeLessThanOrEqual(9);
  });

  it('cuts a single word that is wider than the box', () => {
    const lines = wrapText('https://a-very-long-address.example', {
      maxWidth: 10,
      fontSize: 1,
      measure: perChar,
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/…$/u);
    expect(lines[0]!.length).toBeLessThanOrEqual(10);
  });

  it('gives no lines for an empty text', () => {
    expect(wrapText('   ', { maxWidth: 10, fontSize: 1 })).toEqual([]);
  });
});

describe('truncateText', () => {
  it('leaves a text that fits alone', () => {
    expect(truncateText('Booking', { maxWidth: 7, fontSize: 1, measure: perChar })).toBe('Booking');
  });

  it('ends on a whole word when one is close', () => {
    expect(
      truncateText('Dreaming of a trip abroad', { maxWidth: 16, fontSize: 1, measure: perChar }),
    ).toBe('Dreaming of a…');
  });
});

describe('estimateTextWidth', () => {
  it('counts wide letters wider than narrow ones and bold wider than regular', () => {
    expect(estimateTextWidth('WWWW', 16)).toBeGreaterThan(estimateTextWidth('iiii', 16));
    expect(estimateTextWidth('Goal', 16, true)).toBeGreaterThan(estimateTextWidth('Goal', 16));
    expect(estimateTextWidth('Goal', 32)).toBeCloseTo(2 * estimateTextWidth('Goal', 16));
  });
});
