import { z } from 'zod';
import { textSchema } from '../../../lib/schema-primitives';
import { touchpointFieldsSchema, type Touchpoint, type TouchpointFields } from './journey';

/** The device choice that reveals the "name of the device" field. */
export const otherDevice = '__other';

/** What the touchpoint form holds: selects hold '' for "none". */
export interface TouchpointFormValues {
  channelId: string;
  device: string;
  customDevice: string;
  description: string;
  owner: string;
  kpiId: string;
}

/**
 * The form's rules: the touchpoint's own schema after the form's shape (empty select = none, a
 * typed device name) is turned into the stored fields. A typed device is required only when
 * "Other device" is chosen.
 */
export const touchpointFormSchema = z
  .strictObject({
    channelId: z.string(),
    device: z.string().min(1, 'validation.required'),
    customDevice: textSchema(40),
    description: touchpointFieldsSchema.shape.description,
    owner: touchpointFieldsSchema.shape.owner,
    kpiId: z.string(),
  })
  .superRefine((values, context) => {
    if (values.device === otherDevice && values.customDevice === '')
      context.addIssue({ code: 'custom', path: ['customDevice'], message: 'validation.required' });
  })
  .transform((values): TouchpointFields => ({
    channelId: values.channelId === '' ? null : values.channelId,
    device: values.device === otherDevice ? values.customDevice : values.device,
    description: values.description,
    owner: values.owner,
    kpiId: values.kpiId === '' ? null : values.kpiId,
  }))
  .pipe(touchpointFieldsSchema);

/** The form's starting values for a new touchpoint or for editing one. */
export function touchpointFormValues(
  touchpoint: Pick<Touchpoint, 'channelId' | 'device' | 'description' | 'owner' | 'kpiId'> | null,
  deviceOptions: readonly string[],
): TouchpointFormValues {
  if (!touchpoint)
    return {
      channelId: '',
      device: 'smartphone',
      customDevice: '',
      description: '',
      owner: '',
      kpiId: '',
    };
  const isListed = deviceOptions.includes(touchpoint.device);
  return {
    channelId: touchpoint.channelId ?? '',
    device: isListed ? touchpoint.device : otherDevice,
    customDevice: isListed ? '' : touchpoint.device,
    description: touchpoint.description,
    owner: touchpoint.owner,
    kpiId: touchpoint.kpiId ?? '',
  };
}

/**
 * The devices a touchpoint may pick: the built-in ones, then every name typed on this journey
 * (so a custom device typed once is offered from then on), without repeats.
 */
export function deviceOptions(
  builtIn: readonly string[],
  touchpoints: readonly Pick<Touchpoint, 'device'>[],
): string[] {
  const typed = new Set<string>();
  for (const { device } of touchpoints) if (!builtIn.includes(device)) typed.add(device);
  return [...builtIn, ...[...typed].sort((a, b) => a.localeCompare(b))];
}
