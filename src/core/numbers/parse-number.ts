import type { NumberReading, NumberRefusal, NumberRule } from './number-rules';
import { separatorsOf, swapped, type Separators } from './separators';

/**
 * How typed or pasted text becomes a number. The rules, in order:
 *
 * 1. Spaces around the text are ignored. A leading + or - (also the typographic minus U+2212)
 *    gives the sign; a % before or after the number is allowed only when the rule says percent.
 * 2. Inside the number, the UI language's decimal mark may appear once, and its group mark
 *    (or a space, a no-break space or a narrow no-break space) may separate groups of exactly
 *    three digits, the first group having one to three digits and not starting with 0.
 *    So in Italian "42.000" is 42000, "12,5" is 12.5 and "1.234,5" is 1234.5; in English
 *    "42,000" is 42000, "12.5" is 12.5 and "1,234.5" is 1234.5.
 * 3. A lone separator means what it means in the UI language, whatever the digits after it:
 *    Italian "1.234" is 1234 and Italian "1,234" is 1.234; English "1.234" is 1.234 and
 *    English "1,234" is 1234.
 * 4. Paste from a spreadsheet in the other language: when the text is not a number in the UI
 *    language but is one in the other convention AND shows that convention's group mark (the
 *    UI language's decimal mark used between groups of three), it is read that way. In Italian
 *    "1,234.50" is 1234.5 and "1,234,567" is 1234567; in English "1.234,50" is 1234.5. Both
 *    marks in the other order, or the same mark repeated, cannot be a number in the UI
 *    language, so there is one reading only.
 * 5. A lone decimal mark of the other convention ("12.5" in Italian, "12,5" in English) is
 *    refused as `ambiguous`: reading it as a decimal would make "1.5" a decimal and "1.500" a
 *    thousand in the same field. The message asks for the UI language's marks.
 * 6. Anything else ("1,2,3", "12..5", "1.2.3,4,5", "abc", "1e309", "Infinity") is `malformed`.
 *    A magnitude beyond 2^53 (where whole numbers stop being exact) is `tooLarge`.
 */
export function parseNumber(
  text: string,
  language: string,
  rule: NumberRule & { allowEmpty: true },
): NumberReading<number | null>;
export function parseNumber(
  text: string,
  language: string,
  rule?: NumberRule & { allowEmpty?: false },
): NumberReading<number>;
export function parseNumber(
  text: string,
  language: string,
  rule?: NumberRule,
): NumberReading<number | null>;
export function parseNumber(
  text: string,
  language: string,
  rule: NumberRule = {},
): NumberReading<number | null> {
  return parseWith(text, separatorsOf(language), rule);
}

/**
 * Reads a column of numbers from one file or one paste. A column comes from one spreadsheet, so
 * it follows one convention: the UI language's when every cell reads that way, otherwise the
 * other convention when every cell reads that way (a CSV written by an English spreadsheet,
 * opened in the Italian UI, where "12.5" alone would be refused). Failing both, each cell keeps
 * its reading in the UI language, problems included.
 */
export function parseNumberColumn(
  texts: readonly string[],
  language: string,
  rule: NumberRule = {},
): NumberReading<number | null>[] {
  const own = separatorsOf(language);
  const readings = texts.map((text) => parseWith(text, own, rule));
  if (readings.every((reading) => reading.ok)) return readings;
  const other = texts.map((text) => parseWith(text, swapped(own), rule));
  return other.every((reading) => reading.ok) ? other : readings;
}

const signs = /^[+\-\u2212]/;
const spaceGroup = /^[1-9]\d{0,2}(?:\s\d{3})+$/;

function groupPattern(group: string): RegExp {
  return new RegExp(`^[1-9]\\d{0,2}(?:\\${group}\\d{3})+$`);
}
const groupPatterns = { '.': groupPattern('.'), ',': groupPattern(',') };

/** The digits of a number written with these marks, as "1234.5", or null if it is not one. */
function canonical(body: string, { decimal, group }: Separators): string | null {
  const parts = body.split(decimal);
  if (parts.length > 2) return null;
  const [whole = '', fraction] = parts;
  if (fraction !== undefined && !/^\d*$/.test(fraction)) return null;
  let digits: string;
  if (whole === '') {
    // ",5" is 0.5; a mark alone is nothing.
    if (!fraction) return null;
    digits = '0';
  } else if (/^\d+$/.test(whole)) digits = whole;
  else if (groupPatterns[group].test(whole) || spaceGroup.test(whole))
    digits = whole.replace(/\D/g, '');
  else return null;
  return fraction ? `${digits}.${fraction}` : digits;
}

function refuse(problem: NumberRefusal['problem'], extra: Partial<NumberRefusal> = {}) {
  return { ok: false as const, problem, ...extra };
}

function parseWith(
  text: string,
  separators: Separators,
  rule: NumberRule,
): NumberReading<number | null> {
  let body = text.trim();
  if (body === '') return rule.allowEmpty ? { ok: true, value: null } : refuse('required');
  let negative = false;
  const sign = signs.exec(body);
  if (sign) {
    negative = sign[0] !== '+';
    body = body.slice(1).trimStart();
  }
  if (rule.percent) {
    if (body.startsWith('%')) body = body.slice(1).trimStart();
    else if (body.endsWith('%')) body = body.slice(0, -1).trimEnd();
  }
  if (!/^[\d.,\s]+$/.test(body)) return refuse('malformed');

  let digits = canonical(body, separators);
  if (digits === null) {
    const other = canonical(body, swapped(separators));
    if (other === null) return refuse('malformed');
    // The other convention counts only when it shows its group mark (rule 4 above).
    if (!body.includes(separators.decimal)) return refuse('ambiguous');
    digits = other;
  }
  const magnitude = Number(digits);
  if (!Number.isFinite(magnitude) || magnitude > Number.MAX_SAFE_INTEGER) return refuse('tooLarge');
  // Never -0: "-0" is zero.
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  if (value < 0 && !rule.allowNegative) return refuse('negative');
  if (rule.integer && !Number.isInteger(value)) return refuse('notInteger');
  if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max))
    return refuse('outOfRange', {
      ...(rule.min !== undefined ? { min: rule.min } : {}),
      ...(rule.max !== undefined ? { max: rule.max } : {}),
    });
  return { ok: true, value };
}
