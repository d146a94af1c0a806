import type { z } from 'zod';

/** A message to show the user, as a catalog key and its values, translated where it is shown. */
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
  /** Where in a file the problem is, e.g. `rows.stageNotes[3].text`. */
  where?: string;
}

type IssueLike = Pick<z.core.$ZodIssue, 'code' | 'message'> & Record<string, unknown>;

/**
 * The kinds of value a file can hold, as the catalog's `fileKinds` names them in words: "text",
 * "a number", "a list"; zod's `int` is a number too.
 */
export const valueKinds = ['string', 'number', 'boolean', 'array', 'object', 'null'] as const;
type ValueKind = (typeof valueKinds)[number];

function valueKind(expected: string): ValueKind {
  if (expected === 'int') return 'number';
  return (valueKinds as readonly string[]).includes(expected) ? (expected as ValueKind) : 'object';
}

function typeOfInput(input: unknown): ValueKind {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return valueKind(typeof input);
}

/** At most five names, each cut short: a file may carry a key a megabyte long. */
function fieldList(keys: readonly string[]): string {
  const shown = keys
    .slice(0, 5)
    .map((key) => `“${key.length > 40 ? `${key.slice(0, 40)}…` : key}”`)
    .join(', ');
  return keys.length > 5 ? `${shown} (+${keys.length - 5})` : shown;
}

/**
 * Turns a zod issue into a catalog message. Form errors and file-import errors share this, so a
 * rule reads the same wherever it fails.
 */
export function describeIssue(issue: IssueLike): Problem {
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      // zod's own bound for whole numbers: the value is far beyond any the app stores.
      if (issue.origin === 'int') return { key: 'validation.notFinite' };
      if (issue.origin === 'string') {
        return minimum <= 1
          ? { key: 'validation.required' }
          : { key: 'validation.tooShort', values: { minimum } };
      }
      if (issue.origin === 'array')
        return { key: 'validation.tooFewItems', values: { count: minimum } };
      return { key: 'validation.tooSmall', values: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'int') return { key: 'validation.notFinite' };
      if (issue.origin === 'string') return { key: 'validation.tooLong', values: { maximum } };
      if (issue.origin === 'array') {
        // A whole table of a file: name what there is too much of.
        const path = (issue.path as PropertyKey[] | undefined) ?? [];
        const table = path.at(-1);
        if (path.at(-2) === 'rows' && typeof table === 'string') {
          return { key: 'limits.fileTooMany', values: { maximum, table } };
        }
        return { key: 'validation.tooManyItems', values: { count: maximum } };
      }
      return { key: 'validation.tooBig', values: { maximum } };
    }
    case 'invalid_type':
      if (issue.input === undefined) return { key: 'validation.missing' };
      if (issue.input === null) return { key: 'validation.noValue' };
      // 1e309 in a file reads as Infinity: a number, but not one that can be stored.
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
        return { key: 'validation.notFinite' };
      }
      // A number with decimals where a whole one belongs (a score, a count).
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return { key: 'validation.wholeNumber' };
      }
      return {
        key: 'validation.wrongType',
        values: { expected: valueKind(String(issue.expected)), found: typeOfInput(issue.input) },
      };
    case 'invalid_format':
      if (issue.format === 'date') return { key: 'validation.date' };
      if (issue.format === 'datetime') return { key: 'validation.dateTime' };
      return { key: 'validation.format' };
    case 'invalid_value':
      return {
        key: 'validation.oneOf',
        values: {
          options: ((issue.values as unknown[]) ?? [])
            .map((value) => JSON.stringify(value))
            .join(', '),
        },
      };
    case 'unrecognized_keys':
      return {
        key: 'validation.unknownFields',
        values: { fields: fieldList((issue.keys as string[]) ?? []) },
      };
    case 'invalid_union':
      // A union names what it accepts as its message (see `optionalDateSchema`).
      return { key: issue.message.startsWith('validation.') ? issue.message : 'validation.format' };
    case 'custom': {
      // A rule that needs values in its message passes the key and values as `params`.
      const params = issue.params as { key?: unknown; values?: unknown } | undefined;
      if (typeof params?.key === 'string' && params.key.startsWith('validation.')) {
        const values = params.values as Record<string, string | number> | undefined;
        return values ? { key: params.key, values } : { key: params.key };
      }
      return { key: issue.message.startsWith('validation.') ? issue.message : 'validation.format' };
    }
    default:
      return { key: 'validation.format' };
  }
}

/** `['rows', 'stageNotes', 3, 'text']` -> `rows.stageNotes[3].text` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text === '' ? String(part) : `${text}.${String(part)}`;
  }, '');
}
