import type { z } from 'zod';
import {
  formatNumberInput,
  numberRules,
  numberTextSchema,
  optional,
  perLanguage,
} from '../../../core/numbers';
import { checkGoalRules, goalFieldsObject, type GoalFields } from './goal';

/**
 * The goal form: the stored goal's own fields and rules, with the two numbers typed as text in
 * the UI language. Its output is exactly `GoalFields`, so what the form accepts the repository
 * accepts too.
 */
export const goalFormSchema = perLanguage((language) => {
  // A goal measures a level (calls, minutes, NPS): it may be below zero.
  const numberText = numberTextSchema(language, optional(numberRules.measure));
  return goalFieldsObject
    .extend({ baseline: numberText, target: numberText })
    .superRefine(checkGoalRules);
});

export type GoalFormValues = z.input<ReturnType<typeof goalFormSchema>>;

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
