import { z } from 'zod';
import { kpiFieldsSchema, type KpiFields } from './kpi';
import { formatDecimalInput, parseDecimal } from './number-text';

const numberText = z.string().transform((text, context) => {
  const value = parseDecimal(text);
  if (value === undefined) {
    context.addIssue({ code: 'custom', message: 'validation.notANumber' });
    return z.NEVER;
  }
  return value;
});

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
 * The KPI editor: the stored KPI's own fields with numbers and dates typed as text. Its output is
 * exactly `KpiFields`, so what the form accepts the repository accepts too.
 */
export const kpiFormSchema = kpiFieldsSchema
  .extend({
    baseline: numberText,
    target: numberText,
    baselineDate: optionalDay,
    targetDate: optionalDay,
  })
  .superRefine(checkKpiRules);

export type KpiFormValues = z.input<typeof kpiFormSchema>;

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
    baseline: formatDecimalInput(fields.baseline, language),
    target: formatDecimalInput(fields.target, language),
    baselineDate: fields.baselineDate ?? '',
    targetDate: fields.targetDate ?? '',
  };
}
