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

/**
 * A few numbers a stage gives the strategy map (training: its readiness), derived from its rows
 * with its status and refreshed by the same writes: the map reads them instead of every row.
 */
export const stageFiguresSchema = z.record(z.string(), z.number().nullable());
export type StageFigures = z.infer<typeof stageFiguresSchema>;
export const roadmapFiguresSchema = z.partialRecord(z.enum(stageSlugs), stageFiguresSchema);
export type RoadmapFigures = z.infer<typeof roadmapFiguresSchema>;

export const roadmapSchema = z.strictObject({
  id: idSchema,
  ...roadmapFieldsSchema.shape,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  progress: stageProgressSchema,
  /** Absent on a roadmap stored before figures were kept: the map then works them out itself. */
  figures: roadmapFiguresSchema.optional(),
});
export type Roadmap = z.infer<typeof roadmapSchema>;
