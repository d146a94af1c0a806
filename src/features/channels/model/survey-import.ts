import { replaceXmlIllegal } from '../../../lib/xml-text';
import { surveyReasonsMaxLength, type Survey, type SurveyAnswer } from './channel';
import type { SurveyCounts } from './survey-csv';

/** Between two respondents' reasons for the same channel. */
export const reasonsSeparator = ' · ';

/**
 * Several respondents' reasons as one text: each on one line, said once (case-insensitively),
 * joined with " · ", and cut at the last whole reason that fits the survey's reasons field (or,
 * when even the first does not, at the limit with an ellipsis).
 */
export function joinReasons(
  texts: readonly string[],
  maxLength: number = surveyReasonsMaxLength,
): string {
  const seen = new Set<string>();
  let joined = '';
  for (const text of texts) {
    const reason = replaceXmlIllegal(text).replace(/\s+/g, ' ').trim();
    const key = reason.toLocaleLowerCase();
    if (reason === '' || seen.has(key)) continue;
    seen.add(key);
    const next = joined === '' ? reason : `${joined}${reasonsSeparator}${reason}`;
    if (next.length > maxLength) {
      if (joined === '') return `${reason.slice(0, maxLength - 1)}…`;
      break;
    }
    joined = next;
  }
  return joined;
}

/**
 * What a file brings for each channel the survey asked about. `reasons` is null when the file has
 * no reasons column: then an import keeps the reasons already typed.
 */
export interface ImportedAnswer {
  channelId: string;
  count: number;
  reasons: string | null;
}

export interface ImportedSurvey {
  respondents: number;
  answers: ImportedAnswer[];
}

/** The counted file as answers, for the asked channels in the roadmap's order. */
export function importedSurvey(
  counted: Pick<SurveyCounts, 'respondents' | 'counts' | 'reasons'>,
  askedChannelIds: readonly string[],
  hasReasonsColumn: boolean,
): ImportedSurvey {
  return {
    respondents: counted.respondents,
    answers: askedChannelIds.map((channelId) => ({
      channelId,
      count: counted.counts.get(channelId) ?? 0,
      reasons: hasReasonsColumn ? joinReasons(counted.reasons.get(channelId) ?? []) : null,
    })),
  };
}

/** How a file meets a survey that already has answers. */
export type ImportMode = 'replace' | 'add';

/** True when the survey has respondents or counts that an import would replace. */
export function hasSurveyCounts(survey: Pick<Survey, 'respondents' | 'answers'> | null): boolean {
  return survey !== null && (survey.respondents > 0 || survey.answers.some((a) => a.count > 0));
}

/**
 * The survey after an import. Replacing keeps only the file's channels and counts (and the typed
 * reasons when the file has none); adding sums respondents and each channel's count, keeps the
 * channels only one side asked about, and appends the file's reasons to those already there.
 */
export function mergeImportedSurvey(
  existing: Pick<Survey, 'respondents' | 'answers'> | null,
  imported: ImportedSurvey,
  mode: ImportMode,
): Pick<Survey, 'respondents' | 'answers'> {
  const before = new Map((existing?.answers ?? []).map((answer) => [answer.channelId, answer]));
  if (mode === 'replace')
    return {
      respondents: imported.respondents,
      answers: imported.answers.map((answer) => ({
        channelId: answer.channelId,
        count: answer.count,
        reasons: answer.reasons ?? before.get(answer.channelId)?.reasons ?? '',
      })),
    };
  const answers: SurveyAnswer[] = (existing?.answers ?? []).map((answer) => ({ ...answer }));
  for (const answer of imported.answers) {
    const current = answers.find((row) => row.channelId === answer.channelId);
    if (!current) {
      answers.push({ ...answer, reasons: answer.reasons ?? '' });
      continue;
    }
    current.count += answer.count;
    if (answer.reasons) current.reasons = joinReasons([current.reasons, answer.reasons]);
  }
  return { respondents: (existing?.respondents ?? 0) + imported.respondents, answers };
}
