import { z } from 'zod';
import {
  trainingModuleFieldsSchema,
  type TrainingModule,
  type TrainingModuleFields,
} from './training';

/** Hours typed as text: empty means "not set", a comma works as the decimal mark. */
const hoursText = z.string().transform((text, context) => {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || !/^\d*\.?\d*$/.test(trimmed)) {
    context.addIssue({ code: 'custom', message: 'validation.notANumber' });
    return z.NEVER;
  }
  return value;
});

const optionalDay = z
  .string()
  .transform((text) => (text === '' ? null : text))
  .pipe(trainingModuleFieldsSchema.shape.startDate);

/**
 * The module form: the stored fields with hours and dates typed as text. Its output is exactly
 * `TrainingModuleFields`, so what the form accepts the repository accepts too.
 */
export const moduleFormSchema = trainingModuleFieldsSchema
  .extend({
    hours: hoursText.pipe(trainingModuleFieldsSchema.shape.hours),
    startDate: optionalDay,
    endDate: optionalDay,
  })
  .refine((fields) => !fields.startDate || !fields.endDate || fields.endDate >= fields.startDate, {
    message: 'validation.endBeforeStart',
    path: ['endDate'],
  });

export type ModuleFormValues = z.input<typeof moduleFormSchema>;

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
    hours:
      fields.hours === null
        ? ''
        : language.startsWith('it')
          ? String(fields.hours).replace('.', ',')
          : String(fields.hours),
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
