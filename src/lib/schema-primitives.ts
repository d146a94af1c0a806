import { z } from 'zod';

/** Building blocks shared by every entity schema, so that all rows look alike. */
export const idSchema = z.string().min(1).max(200);
export const timestampSchema = z.iso.datetime({ offset: true });
export const calendarDateSchema = z.iso.date();

/** Free text typed by users: trimmed, bounded, never HTML (React renders it as text). */
export function textSchema(max: number) {
  return z.string().trim().max(max);
}

/** Every row that belongs to a roadmap carries these fields. */
export const roadmapRowShape = {
  id: idSchema,
  roadmapId: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};
