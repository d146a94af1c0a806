import { z } from 'zod';
import {
  calendarDateSchema,
  idSchema,
  roadmapRowShape,
  textSchema,
} from '../../../lib/schema-primitives';

const optionalDate = calendarDateSchema.nullable();

/** The roadmap's launch: one row per roadmap. */
export const goLivePlanFieldsSchema = z.strictObject({
  goLiveDate: optionalDate,
  /** An optional pilot with a small group of customers or agents before the launch. */
  pilotDate: optionalDate,
  notes: textSchema(2000),
});
export type GoLivePlanFields = z.infer<typeof goLivePlanFieldsSchema>;

function pilotBeforeGoLive(plan: Pick<GoLivePlanFields, 'goLiveDate' | 'pilotDate'>): boolean {
  return !plan.pilotDate || !plan.goLiveDate || plan.pilotDate <= plan.goLiveDate;
}
const pilotRule = { message: 'validation.pilotAfterGoLive', path: ['pilotDate'] };

export const goLivePlanFieldsChecked = goLivePlanFieldsSchema.refine(pilotBeforeGoLive, pilotRule);
export const goLivePlanSchema = z
  .strictObject({ ...roadmapRowShape, ...goLivePlanFieldsSchema.shape })
  .refine(pilotBeforeGoLive, pilotRule);
export type GoLivePlan = z.infer<typeof goLivePlanSchema>;

/** The three steps a channel goes through, in order. */
export const rolloutSteps = ['pilotDate', 'softLaunchDate', 'fullDate'] as const;
export type RolloutStep = (typeof rolloutSteps)[number];

export const rolloutFieldsSchema = z.strictObject({
  pilotDate: optionalDate,
  softLaunchDate: optionalDate,
  fullDate: optionalDate,
  notes: textSchema(500),
});
export type RolloutFields = z.infer<typeof rolloutFieldsSchema>;

/** Each step's date, where given, is on or after the previous given one. */
function stepsInOrder(rollout: RolloutFields): boolean {
  const dates = rolloutSteps.map((step) => rollout[step]).filter((date) => date !== null);
  return dates.every((date, index) => index === 0 || date >= dates[index - 1]!);
}
const stepsRule = { message: 'validation.rolloutOrder', path: ['fullDate'] };

export const rolloutFieldsChecked = rolloutFieldsSchema.refine(stepsInOrder, stepsRule);
/** How one stage-3 channel is brought live; one row per channel. */
export const rolloutSchema = z
  .strictObject({ ...roadmapRowShape, channelId: idSchema, ...rolloutFieldsSchema.shape })
  .refine(stepsInOrder, stepsRule);
export type Rollout = z.infer<typeof rolloutSchema>;

/** The method's readiness checklist; labels and hints live in the language catalogs. */
export const readinessCatalogKeys = [
  'goals-benefits',
  'kpi-baselines',
  'monitoring',
  'channels-configured',
  'human-contact',
  'knowledge-content',
  'team-trained',
  'tone-of-voice',
  'escalation-rules',
] as const;
export type ReadinessCatalogKey = (typeof readinessCatalogKeys)[number];

/**
 * "auto" follows what the earlier stages say (or stays open when they cannot say); the other
 * answers are the team's own and win over the automatic one.
 */
export const readinessAnswers = ['auto', 'done', 'open', 'not-applicable'] as const;
export type ReadinessAnswer = (typeof readinessAnswers)[number];

/**
 * A checklist entry the team touched: an answer or note on a method item, or an item of their
 * own (catalogKey null, with a label). Method items nobody touched have no row.
 */
export const readinessItemSchema = z
  .strictObject({
    ...roadmapRowShape,
    catalogKey: z.enum(readinessCatalogKeys).nullable(),
    label: textSchema(200),
    answer: z.enum(readinessAnswers),
    note: textSchema(500),
    position: z.number().int().min(0),
  })
  .refine((item) => item.catalogKey !== null || item.label !== '', {
    message: 'validation.required',
    path: ['label'],
  });
export type ReadinessItem = z.infer<typeof readinessItemSchema>;

/** Stage 7 is complete once the go-live date is set; readiness is then always computed. */
export function isGoLiveStageComplete(plan: Pick<GoLivePlan, 'goLiveDate'> | undefined): boolean {
  return Boolean(plan?.goLiveDate);
}
