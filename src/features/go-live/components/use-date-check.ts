import type { ZodType } from 'zod';
import { describeIssue } from '../../../lib/describe-issue';
import { useProblemText } from '../../../components/ui/use-problem-text';

/**
 * Checks a group of dates against the entity's own schema, so the form and the repository refuse
 * exactly the same things; each message goes to the field its rule names.
 */
export function useDateCheck<K extends string>(
  schema: ZodType,
  rest: Record<string, unknown>,
): (values: Record<K, string | null>) => Partial<Record<K, string>> {
  const problemText = useProblemText();
  return (values) => {
    const result = schema.safeParse({ ...rest, ...values });
    if (result.success) return {};
    const errors: Partial<Record<K, string>> = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '') as K;
      if (!(field in values) || errors[field]) continue;
      // zod's issue union is wider than the fields describeIssue reads; the shape is the same.
      errors[field] = problemText(
        describeIssue(issue as unknown as Parameters<typeof describeIssue>[0]),
      );
    }
    return errors;
  };
}
