import { z } from 'zod';
import { idSchema, roadmapRowShape, textSchema } from '../../../lib/schema-primitives';

/** Devices offered by default; users may add their own (stored as the name they typed). */
export const deviceKeys = [
  'smartphone',
  'tablet',
  'pc',
  'tv',
  'phone',
  'in-person',
  'kiosk',
  'smartwatch',
  'voice-assistant',
] as const;
export type DeviceKey = (typeof deviceKeys)[number];

/** The text lanes of the map, one cell per phase. Touchpoints and emotion have their own rows. */
export const journeyLanes = ['doing', 'expecting', 'painPoints', 'opportunities'] as const;
export type JourneyLane = (typeof journeyLanes)[number];

export const emotionMin = -2;
export const emotionMax = 2;

/** A column of the journey map. */
export const journeyPhaseSchema = z.strictObject({
  ...roadmapRowShape,
  name: textSchema(80).min(1, 'validation.required'),
  position: z.number().int().min(0),
  lanes: z.strictObject({
    doing: textSchema(1000),
    expecting: textSchema(1000),
    painPoints: textSchema(1000),
    opportunities: textSchema(1000),
  }),
  /** How the customer feels in this phase, -2 (very bad) to +2 (very good); null until scored. */
  emotion: z.number().int().min(emotionMin).max(emotionMax).nullable(),
  emotionNote: textSchema(300),
});
export type JourneyPhase = z.infer<typeof journeyPhaseSchema>;

/** What the user edits on a touchpoint. */
export const touchpointFieldsSchema = z.strictObject({
  /** A stage-3 channel of this roadmap, or null when not tied to one. */
  channelId: idSchema.nullable(),
  /** A `deviceKeys` entry, or a device name the user typed. */
  device: textSchema(40).min(1, 'validation.required'),
  description: textSchema(300).min(1, 'validation.required'),
  owner: textSchema(120),
  /** The stage-4 KPI that measures this touchpoint, if any. */
  kpiId: idSchema.nullable(),
});
export type TouchpointFields = z.infer<typeof touchpointFieldsSchema>;

/** A moment the customer meets the company: in a phase, on a channel, with a device. */
export const touchpointSchema = z.strictObject({
  ...roadmapRowShape,
  ...touchpointFieldsSchema.shape,
  phaseId: idSchema,
  /** Order within the phase. */
  position: z.number().int().min(0),
});
export type Touchpoint = z.infer<typeof touchpointSchema>;

export function isDeviceKey(value: string): value is DeviceKey {
  return (deviceKeys as readonly string[]).includes(value);
}

/** Stage 5 is complete when at least three phases have a touchpoint and an emotion score. */
export function isJourneyStageComplete(
  phases: readonly Pick<JourneyPhase, 'id' | 'emotion'>[],
  touchpoints: readonly Pick<Touchpoint, 'phaseId'>[],
): boolean {
  const withTouchpoints = new Set(touchpoints.map((touchpoint) => touchpoint.phaseId));
  return (
    phases.filter((phase) => phase.emotion !== null && withTouchpoints.has(phase.id)).length >= 3
  );
}
