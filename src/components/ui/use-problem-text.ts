import { useTranslation } from './translation';
import type { Problem } from '../../lib/describe-issue';
import { problemPlace } from '../../lib/problem-place';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** A table of a file in words: `trainingRoles` -> "roles". */
function tableInWords(table: string, translate: Translate): string {
  return translate(`importing.tables.${table}`, { defaultValue: table });
}

/**
 * A field of a file in words, from the stages' `fileFields`: `deadline` -> "deadline",
 * `lanes.expecting` -> "lanes › what customers expect", `answers[2].count` -> "answers 3 › count".
 * A name the app does not know (a hostile file's own) is shown as it is.
 */
function fieldInWords(field: string, translate: Translate): string {
  return field
    .split('.')
    .map((part) => {
      const match = /^([a-z][A-Za-z]*)(?:\[(\d+)\])?$/.exec(part);
      if (!match) return part;
      const [, name = '', index] = match;
      const words = translate(`fileFields.${name}`, { defaultValue: name });
      const shown = typeof words === 'string' ? words : name;
      return index === undefined ? shown : `${shown} ${Number(index) + 1}`;
    })
    .join(' › ');
}

/** "in KPI values, row 3, field “date”": where a problem is, in words. */
export function describeWhere(where: string, translate: Translate): string {
  const place = problemPlace(where);
  if (!place) return translate('importing.at', { where });
  const table = tableInWords(place.table, translate);
  const field = place.field === undefined ? undefined : fieldInWords(place.field, translate);
  const values = { table, row: place.row, field };
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

/**
 * Values a message shows in words: kinds of value (`fileKinds`, with the stages' strings) and a list of tables
 * as the nouns a limit counts (`tables: 'goals, kpis'` -> "goals, KPIs").
 */
function inWords(
  values: Record<string, unknown> | undefined,
  translate: Translate,
): Record<string, unknown> | undefined {
  if (!values) return values;
  const words = { ...values };
  for (const key of ['expected', 'found'] as const) {
    if (typeof words[key] === 'string') words[key] = translate(`fileKinds.${words[key]}`);
  }
  if (typeof words.tables === 'string') {
    // A whole file may name twenty tables: the first four say enough.
    const tables = words.tables.split(', ');
    const shown = tables
      .slice(0, 4)
      .map((table) => translate(`limits.rows.${table}`))
      .join(', ');
    words.tables = tables.length > 4 ? `${shown} (+${tables.length - 4})` : shown;
  }
  return words;
}

/** One problem (catalog key + values + where) as one sentence. */
export function problemText(problem: Problem, translate: Translate): string {
  const message = translate(
    problem.key,
    inWords(withTableNoun(problem.values, translate), translate),
  );
  return problem.where ? `${message} (${describeWhere(problem.where, translate)})` : message;
}

/** Translates a problem in the UI's language. */
export function useProblemText(): (problem: Problem) => string {
  const { t } = useTranslation();
  // Keys come from our own code paths (describeIssue, file readers), never from user input.
  return (problem) => problemText(problem, t as unknown as Translate);
}
