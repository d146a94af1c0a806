import { z } from 'zod';
import {
  formatNumberInput,
  numberRules,
  numberTextSchema,
  optional,
  perLanguage,
} from '../../../core/numbers';
import {
  trainingModuleFieldsSchema,
  type TrainingModule,
  type TrainingModuleFields,
} from './training';

const optionalDay = z
  .string()
  .transform((text) => (text === '' ? null : text))
  .pipe(trainingModuleFieldsSchema.shape.startDate);

/**
 * The module form: the stored fields with hours (in the UI language; empty is "not set") and
 * dates typed as text. Its output is exactly `TrainingModuleFields`, so what the form accepts
 * the repository accepts too.
 */
export const moduleFormSchema = perLanguage((language) =>
  trainingModuleFieldsSchema
    .extend({
      hours: numberTextSchema(language, optional(numberRules.amount)).pipe(
        trainingModuleFieldsSchema.shape.hours,
      ),
      startDate: optionalDay,
      endDate: optionalDay,
    })
    .refine(
      (fields) => !fields.startDate || !fields.endDate || fields.endDate >= fields.startDate,
      { message: 'validation.endBeforeStart', path: ['endDate'] },
    ),
);

export type ModuleFormValues = z.input<ReturnType<typeof moduleFormSchema>>;

export function toModuleFormValues(
  fields: TrainingModuleFields | TrainingModule,
  language: string,
): ModuleFormValues {
  return {
    title: fields.title,
    family: fields.family,
    competencyIds: [...fields.competencyIds],
    roleIds: [...fields.roleIds],
    format: fields.format,
    hours: formatNumberInput(fields.hours, language),
    startDate: fields.startDate ?? '',
    endDate: fields.endDate ?? '',
    trainer: fields.trainer,
    status: fields.status,
  };
}

/** A new module: pre-filled from a gap ("Plan a module") when there is one. */
export function newModuleFields(
  preset: {
    competencyIds?: string[];
    roleIds?: string[];
    family?: TrainingModuleFields['family'];
  } = {},
): TrainingModuleFields {
  return {
    title: '',
    family: preset.family ?? 'technical',
    competencyIds: preset.competencyIds ?? [],
    roleIds: preset.roleIds ?? [],
    format: 'classroom',
    hours: null,
    startDate: null,
    endDate: null,
    trainer: '',
    status: 'planned',
  };
}
