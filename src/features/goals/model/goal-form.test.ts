import { describe, expect, it } from 'vitest';
import { goalFieldsSchema, type GoalFields } from './goal';
import { goalFormSchema, toGoalFormValues, type GoalFormValues } from './goal-form';

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
const messages = (values: GoalFormValues, language = 'en') =>
  goalFormSchema(language)
    .safeParse(values)
    .error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('goal form rules', () => {
  it('turns a valid form into exactly the stored fields', () => {
    expect(goalFormSchema('en').parse(form())).toEqual(fields);
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
    expect(goalFormSchema('en').parse(form({ target: '' })).target).toBeNull();
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

  it('reports text in a number field with the reason it is not a number', () => {
    expect(messages(form({ baseline: 'lots' }))).toEqual([
      ['baseline', 'validation.number.malformed'],
    ]);
    expect(messages(form({ target: '38,000.5.1' }))).toEqual([
      ['target', 'validation.number.malformed'],
    ]);
    expect(messages(form({ target: 'Infinity' }))).toEqual([
      ['target', 'validation.number.malformed'],
    ]);
    expect(messages(form({ target: '29,5' }))).toEqual([['target', 'validation.number.ambiguous']]);
  });

  it('refuses numbers that are not finite in stored goals and files too', () => {
    expect(goalFieldsSchema.safeParse({ ...fields, target: Number.NaN }).success).toBe(false);
    expect(
      goalFieldsSchema.safeParse({ ...fields, target: Number.NEGATIVE_INFINITY }).success,
    ).toBe(false);
  });
});

describe('goal numbers in the UI language', () => {
  it('reads 42.000 as forty-two thousand in Italian and 42,000 in English', () => {
    const italian = { ...toGoalFormValues(fields, 'it'), baseline: '42.000', target: '12,5' };
    expect(goalFormSchema('it').parse(italian)).toMatchObject({ baseline: 42_000, target: 12.5 });
    const english = { ...form(), baseline: '42,000', target: '12.5' };
    expect(goalFormSchema('en').parse(english)).toMatchObject({ baseline: 42_000, target: 12.5 });
  });

  it('reads empty as unknown and allows a level below zero', () => {
    expect(goalFormSchema('it').parse({ ...form(), baseline: ' ', target: '-2' })).toMatchObject({
      baseline: null,
      target: -2,
    });
  });

  it('puts stored numbers back the way each language types them', () => {
    expect(toGoalFormValues(fields, 'it')).toMatchObject({ baseline: '38.000', target: '29.000' });
    expect(toGoalFormValues(fields, 'en')).toMatchObject({ baseline: '38,000', target: '29,000' });
    expect(toGoalFormValues({ ...fields, baseline: 4.8, target: null }, 'it')).toMatchObject({
      baseline: '4,8',
      target: '',
    });
  });
});
