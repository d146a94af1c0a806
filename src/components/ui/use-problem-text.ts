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

/** Translates a problem (catalog key + values + where) into one sentence. */
export function useProblemText(): (problem: Problem) => string {
  const { t } = useTranslation();
  return (problem) => {
    // Keys come from our own code paths (describeIssue, file readers), never from user input.
    const translate = t as unknown as Translate;
    const message = translate(problem.key, problem.values);
    return problem.where ? `${message} (${describeWhere(problem.where, translate)})` : message;
  };
}
