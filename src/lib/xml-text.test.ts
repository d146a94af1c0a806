import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue } from './describe-issue';
import { textSchema } from './schema-primitives';
import { codePointLabel, findXmlIllegalCharacter, replaceXmlIllegal, toXmlText } from './xml-text';

/** Every character XML 1.0 cannot carry that a text could hold, one of each kind. */
const controlCharacters = Array.from({ length: 0x20 }, (_, code) =>
  String.fromCharCode(code),
).filter((character) => !['\t', '\n', '\r'].includes(character));
const otherIllegal = ['\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'];
const illegal = [...controlCharacters, ...otherIllegal];

/** The first problem of a text field's value, as a form or a file would show it. */
function problemOf(value: string) {
  const result = textSchema(200).safeParse(value, { reportInput: true });
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  return describeIssue(result.error.issues[0] as never);
}

describe('text XML can carry', () => {
  it('names a character the way a message shows it', () => {
    expect(codePointLabel('\u000b')).toBe('U+000B');
    expect(codePointLabel('\uFFFF')).toBe('U+FFFF');
    expect(codePointLabel('😀')).toBe('U+1F600');
  });

  it.each(illegal.map((character) => [codePointLabel(character), character]))(
    'refuses %s in a text field, naming it',
    (label, character) => {
      expect(problemOf(`Roadmap${character}2027`)).toEqual({
        key: 'validation.controlCharacter',
        values: { character: label },
      });
      expect(findXmlIllegalCharacter(`a${character}b`)).toBe(label);
    },
  );

  it('keeps tab, line breaks, accents, symbols and emoji (a proper surrogate pair)', () => {
    const text = 'Libeccio\tAir\nS.p.A.\r\n– è € 😀 \u007f \uFFFD \uE000';
    expect(textSchema(200).parse(text)).toBe(text);
    expect(findXmlIllegalCharacter(text)).toBeNull();
    expect(toXmlText(text)).toBe(text);
  });

  it('still trims and bounds the text and reports its other rules', () => {
    expect(textSchema(20).parse('  Fewer calls \u000b')).toBe('Fewer calls');
    const long = textSchema(3).safeParse('abcd\u0001');
    expect(long.success).toBe(false);
    expect(textSchema(20).min(1).safeParse('\u000b').success).toBe(false);
  });

  it('turns each such character into one that reads the same, keeping the length', () => {
    const dirty = `a${illegal.join('')}z`;
    const clean = replaceXmlIllegal(dirty);
    expect(clean).toHaveLength(dirty.length);
    expect(findXmlIllegalCharacter(clean)).toBeNull();
    expect(replaceXmlIllegal('Soft\u000bbreak\u0000here')).toBe('Soft break here');
    expect(replaceXmlIllegal('Line\u000bbreak\u000cpage', { multiline: true })).toBe(
      'Line\nbreak\npage',
    );
    expect(replaceXmlIllegal('odd\uFFFE\uD800')).toBe('odd\uFFFD\uFFFD');
    expect(toXmlText(dirty)).toBe(clean);
  });

  it('gives a form the same message through its error map', () => {
    const result = z
      .object({ name: textSchema(80) })
      .safeParse({ name: 'A\u000bB' }, { error: () => 'from the error map' });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['name']);
    expect(describeIssue(issue as never)).toEqual({
      key: 'validation.controlCharacter',
      values: { character: 'U+000B' },
    });
  });
});
