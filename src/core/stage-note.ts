import { z } from 'zod';
import { roadmapRowShape, textSchema } from '../lib/schema-primitives';
import { stageSlugs } from '../lib/stages';

/** Free notes a team keeps on each stage while the stage's own tools are being filled in. */
export const stageNoteSchema = z.strictObject({
  ...roadmapRowShape,
  stage: z.enum(stageSlugs),
  text: textSchema(20_000),
});
export type StageNote = z.infer<typeof stageNoteSchema>;
