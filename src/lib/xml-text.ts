/**
 * What XML 1.0 can carry (its `Char` production): tab, line feed, carriage return, and every
 * other code point from U+0020 on except the surrogates and U+FFFE, U+FFFF. Anything else makes
 * an SVG unreadable ("Invalid character"), so stored text never holds it and exports never write
 * it. With the `u` flag a proper surrogate pair is one code point and is allowed; a lone
 * surrogate is not.
 */
const xmlIllegal = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u001f]/;
// Vertical tab (PowerPoint's soft line break) and form feed: a line break where lines exist.
// eslint-disable-next-line no-control-regex -- see above
const lineBreakLike = /[\u000b\u000c]/;

/** `U+000B`: how a message names a character. */
export function codePointLabel(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character XML cannot carry, as `U+000B`, or null when the text is clean. */
export function findXmlIllegalCharacter(text: string): string | null {
  xmlIllegal.lastIndex = 0;
  const found = xmlIllegal.exec(text);
  xmlIllegal.lastIndex = 0;
  return found ? codePointLabel(found[0]) : null;
}

export function hasXmlIllegalCharacter(text: string): boolean {
  return findXmlIllegalCharacter(text) !== null;
}

/**
 * Replaces each character XML cannot carry with one that reads the same to a person: a control
 * character becomes a space (U+000B and U+000C a line break when `multiline`), a lone surrogate
 * or U+FFFE/U+FFFF the replacement character U+FFFD. Each replaced character is one UTF-16 unit
 * and so is its replacement: the text keeps its length, and a caret its place.
 */
export function replaceXmlIllegal(text: string, { multiline = false } = {}): string {
  if (!hasXmlIllegalCharacter(text)) return text;
  return text.replace(xmlIllegal, (character) => {
    if (multiline && lineBreakLike.test(character)) return '\n';
    return controlCharacter.test(character) ? ' ' : '\uFFFD';
  });
}

/** Text as it may be written into SVG or any other XML: whatever is stored, old data included. */
export function toXmlText(text: string): string {
  return replaceXmlIllegal(text);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Whether any text inside a value (its arrays and plain objects walked) holds such a character. */
export function holdsXmlIllegalText(value: unknown): boolean {
  if (typeof value === 'string') return hasXmlIllegalCharacter(value);
  if (Array.isArray(value)) return value.some(holdsXmlIllegalText);
  if (isPlainObject(value)) return Object.values(value).some(holdsXmlIllegalText);
  return false;
}

/**
 * The value with `replaceXmlIllegal` applied to every text inside it (arrays and plain objects
 * walked); `multiline` says which texts hold lines, where U+000B and U+000C become line breaks.
 */
export function replaceXmlIllegalIn(
  value: unknown,
  multiline: (text: string) => boolean = () => false,
): unknown {
  if (typeof value === 'string') return replaceXmlIllegal(value, { multiline: multiline(value) });
  if (Array.isArray(value)) return value.map((item) => replaceXmlIllegalIn(item, multiline));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, replaceXmlIllegalIn(item, multiline)]),
    );
  }
  return value;
}
