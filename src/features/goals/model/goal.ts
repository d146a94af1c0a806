import { z } from 'zod';
import { optionalDateSchema, roadmapRowShape, textSchema } from '../../../lib/schema-primitives';

/** The five goals of the method; a goal may also be custom (`catalogKey: null`). */
export const goalCatalogKeys = [
  'fewer-calls',
  'lower-cost',
  'agent-productivity',
  'satisfaction',
  'faster-response',
] as const;
export type GoalCatalogKey = (typeof goalCatalogKeys)[number];

export const goalDirectionSchema = z.enum(['increase', 'decrease']);
export type GoalDirection = z.infer<typeof goalDirectionSchema>;
export const goalPrioritySchema = z.enum(['high', 'medium', 'low']);

const optionalNumber = z.number().finite().nullable();

/** The fields a person edits; shared by the goal form and the stored row. */
export const goalFieldsObject = z.strictObject({
  catalogKey: z.enum(goalCatalogKeys).nullable(),
  title: textSchema(160).min(1),
  description: textSchema(2000),
  direction: goalDirectionSchema,
  baseline: optionalNumber,
  target: optionalNumber,
  unit: textSchema(40),
  startDate: optionalDateSchema,
  deadline: optionalDateSchema,
  /** The method insists on stating what reaching the goal brings. */
  benefit: textSchema(1000).min(1),
  priority: goalPrioritySchema,
  owner: textSchema(120),
});

type GoalRules = Pick<
  z.infer<typeof goalFieldsObject>,
  'direction' | 'baseline' | 'target' | 'startDate' | 'deadline'
>;

/** Rules across fields, reported on the field the user has to change. */
export function checkGoalRules(goal: GoalRules, context: z.core.$RefinementCtx): void {
  if (goal.baseline !== null && goal.target !== null) {
    const movesRightWay =
      goal.direction === 'increase' ? goal.target > goal.baseline : goal.target < goal.baseline;
    if (!movesRightWay) {
      context.addIssue({
        code: 'custom',
        path: ['target'],
        message:
          goal.direction === 'increase'
            ? 'validation.targetAboveBaseline'
            : 'validation.targetBelowBaseline',
      });
    }
  }
  if (goal.startDate !== '' && goal.deadline !== '' && goal.deadline <= goal.startDate) {
    context.addIssue({
      code: 'custom',
      path: ['deadline'],
      message: 'validation.deadlineAfterStart',
    });
  }
}

export const goalFieldsSchema = goalFieldsObject.superRefine(checkGoalRules);
export type GoalFields = z.infer<typeof goalFieldsObject>;

export const goalSchema = z
  .strictObject({
    ...roadmapRowShape,
    ...goalFieldsObject.shape,
    position: z.number().int().min(0),
  })
  .superRefine(checkGoalRules);
export type Goal = z.infer<typeof goalSchema>;

/** Stage 2 is complete when at least one goal has a target, a deadline and a benefit. */
export function isGoalComplete(goal: Pick<Goal, 'target' | 'deadline' | 'benefit'>): boolean {
  return goal.target !== null && goal.deadline !== '' && goal.benefit.trim() !== '';
}
