import { z } from 'zod';
import {
  formatNumberInput,
  numberRules,
  numberTextSchema,
  optional,
  perLanguage,
} from '../../../core/numbers';
import { kpiFieldsSchema, type KpiFields } from './kpi';

/** An empty date input means "not set". */
const optionalDay = z
  .string()
  .transform((text) => (text === '' ? null : text))
  .pipe(kpiFieldsSchema.shape.baselineDate);

/** A plan must point the way the KPI improves, and end after it starts. */
export function checkKpiRules(
  fields: Pick<KpiFields, 'baseline' | 'target' | 'direction' | 'baselineDate' | 'targetDate'>,
  context: z.RefinementCtx,
): void {
  const { baseline, target, direction } = fields;
  if (baseline !== null && target !== null) {
    if (direction === 'higher' && target < baseline)
      context.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'validation.targetAboveBaseline',
      });
    if (direction === 'lower' && target > baseline)
      context.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'validation.targetBelowBaseline',
      });
  }
  if (fields.baselineDate && fields.targetDate && fields.targetDate <= fields.baselineDate)
    context.addIssue({
      code: 'custom',
      path: ['targetDate'],
      message: 'validation.deadlineAfterStart',
    });
}

/**
 * The KPI editor: the stored KPI's own fields with numbers (in the UI language) and dates typed
 * as text. Its output is exactly `KpiFields`, so what the form accepts the repository accepts too.
 */
export const kpiFormSchema = perLanguage((language) => {
  // A KPI measures a level: an NPS or a margin may be below zero.
  const numberText = numberTextSchema(language, optional(numberRules.measure));
  return kpiFieldsSchema
    .extend({
      baseline: numberText,
      target: numberText,
      baselineDate: optionalDay,
      targetDate: optionalDay,
    })
    .superRefine(checkKpiRules);
});

export type KpiFormValues = z.input<ReturnType<typeof kpiFormSchema>>;

export function toKpiFormValues(fields: KpiFields, language: string): KpiFormValues {
  return {
    catalogKey: fields.catalogKey,
    name: fields.name,
    definition: fields.definition,
    unit: fields.unit,
    direction: fields.direction,
    frequency: fields.frequency,
    source: fields.source,
    owner: fields.owner,
    goalIds: [...fields.goalIds],
    channelIds: [...fields.channelIds],
    baseline: formatNumberInput(fields.baseline, language),
    target: formatNumberInput(fields.target, language),
    baselineDate: fields.baselineDate ?? '',
    targetDate: fields.targetDate ?? '',
  };
}
