import { z } from 'zod';
import { channelKeys } from '../../../lib/channel-catalogue';
import { roadmapRowShape, textSchema } from '../../../lib/schema-primitives';

import { themes } from './themes';

export { themes, type Theme } from './themes';
export const themeSchema = z.enum(themes);

export const scoreValueSchema = z.number().int().min(1).max(5);

/** The own company (exactly one per roadmap, never deleted) or a competitor. */
export const subjectSchema = z.strictObject({
  ...roadmapRowShape,
  kind: z.enum(['own', 'competitor']),
  name: textSchema(120).min(1),
  website: textSchema(300),
  notes: textSchema(2000),
  /** What was observed behind the scores, per theme. */
  evidence: z.strictObject({ digital: textSchema(1000), culture: textSchema(1000) }),
  /** Digital service channels this subject offers (stage 3 counts them). */
  offeredChannels: z.array(z.enum(channelKeys)).max(channelKeys.length),
  position: z.number().int().min(0),
});
export type Subject = z.infer<typeof subjectSchema>;

/** What the subject form edits. */
export const subjectFieldsSchema = subjectSchema.pick({ name: true, website: true, notes: true });
export type SubjectFields = z.infer<typeof subjectFieldsSchema>;

/** A person who scores in a workshop; each assessor's scores are kept apart. */
export const assessorSchema = z.strictObject({
  ...roadmapRowShape,
  name: textSchema(80).min(1),
  position: z.number().int().min(0),
});
export type Assessor = z.infer<typeof assessorSchema>;

/** One assessor's score of one subject on one theme. An unscored cell has no row. */
export const scoreSchema = z.strictObject({
  ...roadmapRowShape,
  subjectId: z.string().min(1).max(200),
  assessorId: z.string().min(1).max(200),
  theme: themeSchema,
  value: scoreValueSchema,
});
export type Score = z.infer<typeof scoreSchema>;
