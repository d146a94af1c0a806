import { z } from 'zod';
import { findXmlIllegalCharacter } from './xml-text';

/** Building blocks shared by every entity schema, so that all rows look alike. */
export const idSchema = z.string().min(1).max(200);
export const timestampSchema = z.iso.datetime({ offset: true });
export const calendarDateSchema = z.iso.date();
/** A date that may be left empty; anything else is told the form a date takes. */
export const optionalDateSchema = z.union([calendarDateSchema, z.literal('')], {
  error: 'validation.dateOrEmpty',
});

/**
 * The issue of a text holding a character XML cannot carry (a control character such as
 * PowerPoint's soft line break U+000B, a lone surrogate, U+FFFE, U+FFFF). It has no message of
 * its own, so a form's error map and a file's problem list both build it from `params`.
 */
export const controlCharacterKey = 'validation.controlCharacter';

/**
 * Free text typed by users: trimmed, bounded, never HTML (React renders it as text), and only
 * characters XML can carry, so that every export (the strategy map's SVG) can write it. Such a
 * character is refused, not replaced: a file carrying one is refused with its path, and the
 * typing fields turn it into a space before it gets here (`components/ui/typed-text.ts`).
 */
export function textSchema(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .superRefine((text, context) => {
      const character = findXmlIllegalCharacter(text);
      if (character === null) return;
      context.addIssue({
        code: 'custom',
        input: text,
        params: { key: controlCharacterKey, values: { character } },
      });
    });
}

/** Every row that belongs to a roadmap carries these fields. */
export const roadmapRowShape = {
  id: idSchema,
  roadmapId: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};
