import { z } from 'zod';

/** What the Undo and Redo buttons say a step was: an action, the stage it happened in, a name. */
export const historyLabelSchema = z.object({
  action: z.enum(['edit', 'add', 'remove', 'move', 'import', 'score', 'fill', 'vote', 'room']),
  stage: z.string().max(40),
  name: z.string().max(200).optional(),
});
export type HistoryLabel = z.infer<typeof historyLabelSchema>;

const rowSchema = z.record(z.string(), z.unknown());

export const rowChangeSchema = z.object({
  table: z.string(),
  key: z.string(),
  before: rowSchema.optional(),
  after: rowSchema.optional(),
});

/**
 * One step of a roadmap's undo journal: every row one write added, replaced or deleted, before and
 * after. `done` steps can be undone (newest first), `undone` ones redone (most recently undone first).
 */
export const undoStepSchema = z.object({
  id: z.string(),
  roadmapId: z.string(),
  seq: z.number().int(),
  state: z.enum(['done', 'undone']),
  label: historyLabelSchema,
  /** Steps with the same key made within a few seconds merge: typing a field is one step. */
  coalesceKey: z.string().optional(),
  changes: z.array(rowChangeSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UndoStep = z.infer<typeof undoStepSchema>;
