import { useTranslation } from 'react-i18next';
import type { Problem } from '../../lib/describe-issue';

/** Translates a problem (catalog key + values + where) into one sentence. */
export function useProblemText(): (problem: Problem) => string {
  const { t } = useTranslation();
  return (problem) => {
    // Keys come from our own code paths (describeIssue, file readers), never from user input.
    const translate = t as unknown as (key: string, values?: Record<string, unknown>) => string;
    const message = translate(problem.key, problem.values);
    return problem.where
      ? `${message} (${translate('importing.at', { where: problem.where })})`
      : message;
  };
}
