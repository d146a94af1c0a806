import { z } from 'zod';
import {
  optionalDateSchema,
  idSchema,
  textSchema,
  timestampSchema,
} from '../lib/schema-primitives';
import { stageSlugs } from '../lib/stages';

export const stageStatusSchema = z.enum(['not-started', 'in-progress', 'done']);
export type StageStatus = z.infer<typeof stageStatusSchema>;

/** What the user types in the create and rename forms. */
export const roadmapFieldsSchema = z.strictObject({
  name: textSchema(120).min(1),
  company: textSchema(120),
  workshopDate: optionalDateSchema,
  author: textSchema(120),
  notes: textSchema(4000),
});
export type RoadmapFields = z.infer<typeof roadmapFieldsSchema>;

/** Stored progress per stage; derived from the stage rows and refreshed by every stage write. */
export const stageProgressSchema = z.partialRecord(z.enum(stageSlugs), stageStatusSchema);
export type StageProgress = z.infer<typeof stageProgressSchema>;

export const roadmapSchema = z.strictObject({
  id: idSchema,
  ...roadmapFieldsSchema.shape,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  progress: stageProgressSchema,
});
export type Roadmap = z.infer<typeof roadmapSchema>;
