import { z } from 'zod';
import type { Problem } from '../../lib/describe-issue';
import { formatNumber } from './format-number';
import type { NumberRefusal, NumberRule } from './number-rules';
import { parseNumber } from './parse-number';

/**
 * The message for a refused number, as a catalog key and its values, in the UI language's own
 * number style ("between 0 and 100", "tra 0 e 100").
 */
export function numberProblemMessage(refusal: NumberRefusal, language: string): Problem {
  if (refusal.problem !== 'outOfRange') return { key: `validation.number.${refusal.problem}` };
  const shown = (value: number) => formatNumber(value, language, 'measure');
  if (refusal.min !== undefined && refusal.max !== undefined)
    return {
      key: 'validation.number.between',
      values: { min: shown(refusal.min), max: shown(refusal.max) },
    };
  if (refusal.min !== undefined)
    return { key: 'validation.number.atLeast', values: { min: shown(refusal.min) } };
  return { key: 'validation.number.atMost', values: { max: shown(refusal.max ?? 0) } };
}

/**
 * A form field's text read as a number by `parseNumber`, for a zod form schema. A refusal becomes
 * an issue whose message is its catalog key; a range problem becomes zod's own too_small /
 * too_big issue, so its limits reach the message.
 */
export function numberTextSchema(
  language: string,
  rule: NumberRule & { allowEmpty: true },
): z.ZodPipe<z.ZodString, z.ZodTransform<number | null, string>>;
export function numberTextSchema(
  language: string,
  rule?: NumberRule & { allowEmpty?: false },
): z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
export function numberTextSchema(language: string, rule: NumberRule = {}) {
  const { min, max, ...shape } = rule;
  return z.string().transform((text, context) => {
    const reading = parseNumber(text, language, shape);
    if (!reading.ok) {
      context.addIssue({
        code: 'custom',
        message: numberProblemMessage(reading, language).key,
        input: text,
      });
      return z.NEVER;
    }
    const { value } = reading;
    if (value !== null && min !== undefined && value < min) {
      context.addIssue({
        code: 'too_small',
        origin: 'number',
        minimum: min,
        inclusive: true,
        input: value,
      });
      return z.NEVER;
    }
    if (value !== null && max !== undefined && value > max) {
      context.addIssue({
        code: 'too_big',
        origin: 'number',
        maximum: max,
        inclusive: true,
        input: value,
      });
      return z.NEVER;
    }
    return value;
  });
}
