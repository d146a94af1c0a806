import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldValues, type UseFormProps } from 'react-hook-form';
import type { z } from 'zod';
import { describeIssue } from '../../lib/describe-issue';
import { useProblemText } from './use-problem-text';

/**
 * react-hook-form driven by an entity's zod schema, with messages in the user's language. The
 * same schema validates imported files, so a form and a file can never disagree on a rule.
 */
export function useZodForm<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
  options: Omit<UseFormProps<Input, unknown, Output>, 'resolver'> = {},
) {
  const problemText = useProblemText();
  return useForm<Input, unknown, Output>({
    ...options,
    resolver: zodResolver(schema, {
      error: (issue) =>
        problemText(describeIssue(issue as unknown as Parameters<typeof describeIssue>[0])),
    }),
  });
}
