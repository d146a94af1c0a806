import { describe, expect, it } from 'vitest';
import { goalFieldsSchema, type GoalFields } from './goal';
import {
  formatNumberInput,
  goalFormSchema,
  parseNumberInput,
  toGoalFormValues,
  type GoalFormValues,
} from './goal-form';

const fields: GoalFields = {
  catalogKey: 'fewer-calls',
  title: 'Fewer calls about baggage',
  description: '',
  direction: 'decrease',
  baseline: 38_000,
  target: 29_000,
  unit: 'calls/month',
  startDate: '2026-11-01',
  deadline: '2027-11-01',
  benefit: 'Two agents freed for complex cases',
  priority: 'high',
  owner: 'Giulia',
};
const form = (changes: Partial<GoalFormValues> = {}): GoalFormValues => ({
  ...toGoalFormValues(fields, 'en'),
  ...changes,
});
const messages = (values: GoalFormValues) =>
  goalFormSchema
    .safeParse(values)
    .error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('goal form rules', () => {
  it('turns a valid form into exactly the stored fields', () => {
    expect(goalFormSchema.parse(form())).toEqual(fields);
  });

  it('wants a decreasing target below the baseline, on the target field', () => {
    expect(messages(form({ target: '40000' }))).toEqual([
      ['target', 'validation.targetBelowBaseline'],
    ]);
    expect(messages(form({ target: '38000' }))).toEqual([
      ['target', 'validation.targetBelowBaseline'],
    ]);
  });

  it('wants an increasing target above the baseline', () => {
    expect(messages(form({ direction: 'increase' }))).toEqual([
      ['target', 'validation.targetAboveBaseline'],
    ]);
    expect(messages(form({ direction: 'increase', target: '45000' }))).toEqual([]);
  });

  it('checks the direction only when both numbers are known', () => {
    expect(messages(form({ baseline: '' }))).toEqual([]);
    expect(goalFormSchema.parse(form({ target: '' })).target).toBeNull();
  });

  it('wants the deadline after the start date, on the deadline field', () => {
    expect(messages(form({ deadline: '2026-11-01' }))).toEqual([
      ['deadline', 'validation.deadlineAfterStart'],
    ]);
    expect(messages(form({ deadline: '2026-10-01' }))).toEqual([
      ['deadline', 'validation.deadlineAfterStart'],
    ]);
    expect(messages(form({ startDate: '' }))).toEqual([]);
  });

  it('requires a title and a benefit, however many spaces are typed', () => {
    const issues = messages(form({ title: '   ', benefit: '  ' }));
    expect(issues.map(([path]) => path).sort()).toEqual(['benefit', 'title']);
  });

  it('reports text in a number field as "not a number"', () => {
    expect(messages(form({ baseline: 'lots' }))).toEqual([['baseline', 'validation.notANumber']]);
    expect(messages(form({ target: '38,000.5' }))).toEqual([['target', 'validation.notANumber']]);
    expect(messages(form({ target: 'Infinity' }))).toEqual([['target', 'validation.notANumber']]);
  });

  it('refuses numbers that are not finite in stored goals and files too', () => {
    expect(goalFieldsSchema.safeParse({ ...fields, target: Number.NaN }).success).toBe(false);
    expect(
      goalFieldsSchema.safeParse({ ...fields, target: Number.NEGATIVE_INFINITY }).success,
    ).toBe(false);
  });
});

describe('number input', () => {
  it('reads empty as unknown, and a comma or a point as the decimal mark', () => {
    expect(parseNumberInput('')).toBeNull();
    expect(parseNumberInput('  ')).toBeNull();
    expect(parseNumberInput('4,8')).toBe(4.8);
    expect(parseNumberInput('4.8')).toBe(4.8);
    expect(parseNumberInput(' 38 000 ')).toBe(38_000);
    expect(parseNumberInput('-2')).toBe(-2);
    expect(parseNumberInput('1e9')).toBeUndefined();
    expect(parseNumberInput('1.000,5')).toBeUndefined();
  });

  it('writes stored numbers back the way each language types them', () => {
    expect(formatNumberInput(4.8, 'it')).toBe('4,8');
    expect(formatNumberInput(4.8, 'en')).toBe('4.8');
    expect(formatNumberInput(null, 'en')).toBe('');
    expect(parseNumberInput(formatNumberInput(0.1 + 0.2, 'it'))).toBe(0.1 + 0.2);
  });
});
