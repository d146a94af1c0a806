import { z } from 'zod';
import { checkGoalRules, goalFieldsObject, type GoalFields } from './goal';

/**
 * Reads a number typed by a person: empty means "not known yet" (null); a comma or a point may
 * mark the decimals, as Italian and English users write them. Anything else is refused rather
 * than guessed, so "38,000" never silently becomes 38.
 */
export function parseNumberInput(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return undefined;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

const numberInput = z.string().transform((text, context) => {
  const value = parseNumberInput(text);
  if (value === undefined) {
    context.addIssue({ code: 'custom', message: 'validation.notANumber' });
    return z.NEVER;
  }
  return value;
});

/**
 * The goal form: the stored goal's own fields and rules, with the two numbers typed as text.
 * Its output is exactly `GoalFields`, so what the form accepts the repository accepts too.
 */
export const goalFormSchema = goalFieldsObject
  .extend({ baseline: numberInput, target: numberInput })
  .superRefine(checkGoalRules);

export type GoalFormValues = z.input<typeof goalFormSchema>;

/** A stored number as the user would type it: 4,8 in Italian, 4.8 in English, no grouping. */
export function formatNumberInput(value: number | null, language: string): string {
  if (value === null) return '';
  const text = String(value);
  return language.startsWith('it') ? text.replace('.', ',') : text;
}

export function toGoalFormValues(fields: GoalFields, language: string): GoalFormValues {
  return {
    catalogKey: fields.catalogKey,
    title: fields.title,
    description: fields.description,
    direction: fields.direction,
    baseline: formatNumberInput(fields.baseline, language),
    target: formatNumberInput(fields.target, language),
    unit: fields.unit,
    startDate: fields.startDate,
    deadline: fields.deadline,
    benefit: fields.benefit,
    priority: fields.priority,
    owner: fields.owner,
  };
}
