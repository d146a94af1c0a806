import { z } from 'zod';
import { channelKeys } from '../../../lib/channel-catalogue';
import { idSchema, roadmapRowShape, textSchema } from '../../../lib/schema-primitives';

export const interactionTypes = ['one-to-one', 'one-to-many', 'many-to-many'] as const;
export const channelStatuses = ['in-use', 'candidate', 'planned', 'rejected'] as const;
export type ChannelStatus = (typeof channelStatuses)[number];

const optionalAmount = z.number().finite().min(0).nullable();

/** A service channel in the roadmap: from the catalogue (`catalogKey`) or custom (`catalogKey: null`). */
export const channelSchema = z
  .strictObject({
    ...roadmapRowShape,
    catalogKey: z.enum(channelKeys).nullable(),
    /** Shown name; for catalogue channels empty means "the catalogue's name in the UI language". */
    name: textSchema(80),
    interaction: z.enum(interactionTypes),
    humanTouch: z.boolean(),
    status: z.enum(channelStatuses),
    rejectionReason: textSchema(500),
    monthlyContacts: optionalAmount,
    costPerContact: optionalAmount,
    responseTimeHours: optionalAmount,
    /** Share of satisfied customers, 0-100. */
    satisfaction: z.number().finite().min(0).max(100).nullable(),
    /** "How well it works today", 1-5. */
    performance: z.number().int().min(1).max(5).nullable(),
    position: z.number().int().min(0),
  })
  .superRefine((channel, context) => {
    if (channel.catalogKey === null && channel.name === '') {
      context.addIssue({ code: 'custom', path: ['name'], message: 'validation.required' });
    }
  });
export type Channel = z.infer<typeof channelSchema>;

const percent = z.number().finite().min(0).max(100);

const generationPercents = z.strictObject({
  silent: percent,
  boomers: percent,
  genX: percent,
  genY: percent,
});

/** The customer base by generation (percent) and, optionally, the user's own preference table. */
export const demographicsSchema = z.strictObject({
  ...roadmapRowShape,
  /** Percent of customers per generation; null where unknown. Should add up to 100. */
  shares: z.strictObject({
    silent: percent.nullable(),
    boomers: percent.nullable(),
    genX: percent.nullable(),
    genY: percent.nullable(),
  }),
  /** Replaces the reference table for this market when not null. */
  overrides: z
    .strictObject({
      phone: generationPercents,
      electronicMessages: generationPercents,
      socialMedia: generationPercents,
      smartphoneApp: generationPercents,
      paperMail: generationPercents,
    })
    .nullable(),
  source: textSchema(300),
});
export type Demographics = z.infer<typeof demographicsSchema>;

/** The longest "why" a survey answer keeps (the reasons field, typed or imported). */
export const surveyReasonsMaxLength = 4000;

/** A customer survey: how many answered, and how many prefer each channel (several answers allowed). */
export const surveySchema = z.strictObject({
  ...roadmapRowShape,
  respondents: z.number().int().min(0).max(10_000_000),
  answers: z
    .array(
      z.strictObject({
        channelId: idSchema,
        count: z.number().int().min(0).max(10_000_000),
        reasons: textSchema(surveyReasonsMaxLength),
      }),
    )
    .max(500),
});
export type Survey = z.infer<typeof surveySchema>;
export type SurveyAnswer = Survey['answers'][number];

/**
 * The savings calculator's plan: shares of contacts moved between channels in use, how many of
 * the moved contacts the new channel fails to resolve, and how many of those call back.
 */
export const savingsPlanSchema = z.strictObject({
  ...roadmapRowShape,
  shifts: z
    .array(
      z.strictObject({ fromChannelId: idSchema, toChannelId: idSchema, sharePercent: percent }),
    )
    .max(200),
  /** Failure rate of the new channel: share of moved contacts it does not resolve (file v6). */
  failureRatePercent: percent,
  /** Share of those failures that call back on the phone (the seed: 54-71%). */
  failureSharePercent: percent,
});
export type SavingsPlan = z.infer<typeof savingsPlanSchema>;
/** What the user edits in a plan. */
export type SavingsPlanValues = Pick<
  SavingsPlan,
  'shifts' | 'failureRatePercent' | 'failureSharePercent'
>;
