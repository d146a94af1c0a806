import { zodResolver } from '@hookform/resolvers/zod';
import {
  useForm,
  type FieldErrors,
  type FieldValues,
  type Resolver,
  type UseFormProps,
} from 'react-hook-form';
import type { z } from 'zod';
import { describeIssue } from '../../lib/describe-issue';
import { useProblemText } from './use-problem-text';

/**
 * Rules written as `addIssue({ message: 'validation.x' })` carry their own message, which zod
 * never passes through the error map: translate those catalog keys here.
 */
function translateKeys<T extends FieldValues>(
  errors: FieldErrors<T>,
  translate: (key: string) => string,
): FieldErrors<T> {
  const walk = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    const entries = Object.entries(node).map(([key, value]) => [
      key,
      key === 'message' && typeof value === 'string' && value.startsWith('validation.')
        ? translate(value)
        : key === 'ref'
          ? value
          : walk(value),
    ]);
    return Object.fromEntries(entries);
  };
  return walk(errors) as FieldErrors<T>;
}

/**
 * react-hook-form driven by an entity's zod schema, with messages in the user's language. The
 * same schema validates imported files, so a form and a file can never disagree on a rule.
 */
export function useZodForm<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
  options: Omit<UseFormProps<Input, unknown, Output>, 'resolver'> = {},
) {
  const problemText = useProblemText();
  const resolve = zodResolver(schema, {
    error: (issue) =>
      problemText(describeIssue(issue as unknown as Parameters<typeof describeIssue>[0])),
  }) as Resolver<Input, unknown, Output>;
  const resolver: Resolver<Input, unknown, Output> = async (...args) => {
    const result = await resolve(...args);
    return {
      ...result,
      errors: translateKeys(result.errors, (key) => problemText({ key })),
    } as Awaited<ReturnType<Resolver<Input, unknown, Output>>>;
  };
  return useForm<Input, unknown, Output>({ ...options, resolver });
}
