import { useTranslation } from 'react-i18next';
import type { Problem } from '../../lib/describe-issue';
import { problemPlace } from '../../lib/problem-place';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** "in KPI values, row 3, field “date”": where a problem is, in words. */
export function describeWhere(where: string, translate: Translate): string {
  const place = problemPlace(where);
  if (!place) return translate('importing.at', { where });
  const table = translate(`importing.tables.${place.table}`, { defaultValue: place.table });
  const values = { table, row: place.row, field: place.field };
  const text =
    place.row !== undefined
      ? translate(place.field ? 'importing.atField' : 'importing.atRow', values)
      : translate(place.field ? 'importing.atDetailsField' : 'importing.atTable', values);
  return place.roadmap !== undefined
    ? translate('importing.inBackupRoadmap', { number: place.roadmap, place: text })
    : text;
}

/**
 * A problem about a whole table (`values.table`) names its rows as a counted noun, `things`:
 * "600 touchpoints", "600 punti di contatto".
 */
function withTableNoun(
  values: Problem['values'],
  translate: Translate,
): Record<string, unknown> | undefined {
  if (typeof values?.table !== 'string') return values;
  const count = Number(values.maximum);
  const noun = count === 1 ? 'row' : 'rows';
  return { ...values, things: translate(`limits.${noun}.${values.table}`) };
}

/** One problem (catalog key + values + where) as one sentence. */
export function problemText(problem: Problem, translate: Translate): string {
  const message = translate(problem.key, withTableNoun(problem.values, translate));
  return problem.where ? `${message} (${describeWhere(problem.where, translate)})` : message;
}

/** Translates a problem in the UI's language. */
export function useProblemText(): (problem: Problem) => string {
  const { t } = useTranslation();
  // Keys come from our own code paths (describeIssue, file readers), never from user input.
  return (problem) => problemText(problem, t as unknown as Translate);
}
