import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue, formatPath } from './describe-issue';

const firstIssue = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return describeIssue(result.error.issues[0] as never);
};

describe('describeIssue', () => {
  it('turns the common zod failures into catalog messages', () => {
    expect(firstIssue(z.string().min(1), '')).toEqual({ key: 'validation.required' });
    expect(firstIssue(z.string().max(3), 'long')).toEqual({
      key: 'validation.tooLong',
      values: { maximum: 3 },
    });
    expect(firstIssue(z.number().min(1), 0)).toEqual({
      key: 'validation.tooSmall',
      values: { minimum: 1 },
    });
    expect(firstIssue(z.object({ a: z.string() }), {})).toEqual({ key: 'validation.missing' });
    expect(firstIssue(z.iso.date(), '31/03/2026')).toEqual({ key: 'validation.date' });
    expect(firstIssue(z.enum(['a', 'b']), 'c')).toEqual({
      key: 'validation.oneOf',
      values: { options: '"a", "b"' },
    });
  });

  it('formats paths the way a person reads them', () => {
    expect(formatPath(['rows', 'stageNotes', 3, 'text'])).toBe('rows.stageNotes[3].text');
    expect(formatPath([])).toBe('');
  });
});
