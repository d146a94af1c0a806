import { memo, useEffect, useId, useRef, useState } from 'react';
import { Fold } from '../../../components/ui/fold';
import { useTranslation } from '../../../components/ui/translation';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { saveTarget } from '../../../core/kit/save-target';
import { useAutosaveTo } from '../../../core/kit/use-autosave-write';
import {
  formatNumber,
  formatNumberInput,
  numberRules,
  optional,
  parseNumber,
  useNumberProblemText,
  type NumberReading,
} from '../../../core/numbers';
import { saveSurveyWrite } from '../api/channels-queries';
import type { ChannelsData } from '../api/channels-repository';
import { surveyReasonsMaxLength, type Survey } from '../model/channel';
import { useChannelName } from './channel-names';
import { SurveyImport } from './survey-import';
import './survey-savings.css';

export interface SurveyPanelProps {
  roadmapId: string;
  data: ChannelsData;
}

interface Draft {
  respondents: string;
  answers: Record<string, { count: string; reasons: string }>;
}

function draftFrom(data: ChannelsData, language: string): Draft {
  const answers: Draft['answers'] = {};
  for (const channel of data.channels) {
    const answer = data.survey?.answers.find((row) => row.channelId === channel.id);
    // A channel without an answer row was not a choice in the survey: its count stays empty.
    answers[channel.id] = {
      count: answer ? formatNumberInput(answer.count, language) : '',
      reasons: answer?.reasons ?? '',
    };
  }
  return { respondents: formatNumberInput(data.survey?.respondents ?? 0, language), answers };
}

/** The respondents are required; a channel's count is left empty when the survey did not ask. */
const readRespondents = (text: string, language: string) =>
  parseNumber(text, language, numberRules.count);
function readAnswers(text: string, language: string): NumberReading<number> {
  const read = parseNumber(text, language, optional(numberRules.count));
  return read.ok ? { ok: true, value: read.value ?? 0 } : read;
}

type SurveyValues = Pick<Survey, 'respondents' | 'answers'>;

const isNotAsked = (answer: { count: string; reasons: string }) =>
  answer.count.trim() === '' && answer.reasons.trim() === '';

/** The survey to save, or null while a value is not valid. */
function readDraft(draft: Draft, data: ChannelsData, language: string): SurveyValues | null {
  const read = readRespondents(draft.respondents, language);
  if (!read.ok) return null;
  const respondents = read.value;
  const answers: SurveyValues['answers'] = [];
  for (const channel of data.channels) {
    const answer = draft.answers[channel.id] ?? { count: '', reasons: '' };
    // Not asked: no answer row, so the verdict falls back to the age mix instead of reading 0%.
    if (isNotAsked(answer)) continue;
    const answered = readAnswers(answer.count, language);
    if (!answered.ok || answered.value > respondents) return null;
    const count = answered.value;
    answers.push({ channelId: channel.id, count, reasons: answer.reasons });
  }
  return { respondents, answers };
}

/**
 * Stage 3 evidence: how many surveyed customers prefer each channel, and why. Memoised on the
 * channels and the survey, the only parts of the stage data it shows.
 */
export const SurveyPanel = memo(
  function SurveyPanel({ roadmapId, data }: SurveyPanelProps) {
    const { t, i18n } = useTranslation();
    const language = i18n.language;
    const numberProblem = useNumberProblemText();
    const headingId = useId();
    const channelName = useChannelName();
    const [draft, setDraft] = useState(() => draftFrom(data, language));
    const { state, schedule, flush, isBusy } = useAutosaveTo(
      saveTarget(
        saveSurveyWrite,
        roadmapId,
        `survey:${roadmapId}`,
        (values: SurveyValues) => values,
      ),
    );
    // Stored data (another tab, an import) is taken over unless an edit is on its way.
    const storedKey = `${data.survey?.updatedAt ?? ''}|${data.channels.map((c) => c.id).join()}`;
    const latest = useRef({ data, draft, language });
    useEffect(() => {
      latest.current = { data, draft, language };
    });
    // After an import the stored survey always wins; otherwise an invalid value being fixed stays.
    const wasImported = useRef(false);
    useEffect(() => {
      if (isBusy()) return;
      const { draft: typed, data: stored, language: shownIn } = latest.current;
      if (!wasImported.current && readDraft(typed, stored, shownIn) === null) return;
      wasImported.current = false;
      setDraft(draftFrom(stored, shownIn));
    }, [storedKey, isBusy]);

    const readRespondentsText = readRespondents(draft.respondents, language);
    const respondents = readRespondentsText.ok ? readRespondentsText.value : null;
    const errors: Record<string, string> = {};
    if (!readRespondentsText.ok) errors.respondents = numberProblem(readRespondentsText);
    for (const [channelId, answer] of Object.entries(draft.answers)) {
      const count = readAnswers(answer.count, language);
      if (!count.ok) errors[channelId] = numberProblem(count);
      else if (respondents !== null && count.value > respondents)
        errors[channelId] = t('survey.countTooHigh', {
          respondents: formatNumber(respondents, language, 'count'),
        });
    }

    const change = (next: Draft) => {
      setDraft(next);
      const values = readDraft(next, data, language);
      if (values) schedule(values);
    };
    const changeAnswer = (channelId: string, field: 'count' | 'reasons', value: string) => {
      const current = draft.answers[channelId] ?? { count: '', reasons: '' };
      change({
        ...draft,
        answers: { ...draft.answers, [channelId]: { ...current, [field]: value } },
      });
    };

    return (
      <section className="panel survey-panel" aria-labelledby={headingId}>
        <div className="survey-heading-row">
          <h2 id={headingId}>{t('survey.heading')}</h2>
          <SaveIndicator state={Object.keys(errors).length > 0 ? 'idle' : state} />
        </div>
        <Fold
          name="channels.survey"
          defaultOpen={!data.survey || data.survey.respondents === 0}
          // Once a survey is in, its import and forty answer rows wait folded: built when the
          // fold first opens, they no longer cost the stage's first frame (about a quarter of it).
          isLazy
          summary={
            <>
              {data.survey === null
                ? t('survey.foldEmpty')
                : t('survey.fold', {
                    count: respondents ?? 0,
                    respondents: formatNumber(respondents ?? 0, language, 'count'),
                    answered: data.channels.filter(
                      (channel) =>
                        !isNotAsked(draft.answers[channel.id] ?? { count: '', reasons: '' }),
                    ).length,
                    channels: data.channels.length,
                  })}
              {Object.keys(errors).length > 0 ? (
                <span className="fold-warning"> · {t('survey.foldCheck')}</span>
              ) : null}
            </>
          }
        >
          <p className="survey-intro">{t('survey.intro')}</p>
          <SurveyImport
            roadmapId={roadmapId}
            data={data}
            onImported={() => (wasImported.current = true)}
          />
          {data.channels.length === 0 ? (
            <p className="empty-hint">{t('survey.noChannels')}</p>
          ) : (
            <>
              <div className="field survey-respondents">
                <label htmlFor={`${headingId}-respondents`}>{t('survey.respondents')}</label>
                <input
                  id={`${headingId}-respondents`}
                  inputMode="numeric"
                  value={draft.respondents}
                  aria-invalid={errors.respondents ? true : undefined}
                  aria-describedby={
                    errors.respondents ? `${headingId}-respondents-error` : undefined
                  }
                  onChange={(event) => change({ ...draft, respondents: event.target.value })}
                  onBlur={() => void flush()}
                />
                {errors.respondents ? (
                  <p id={`${headingId}-respondents-error`} className="field-error">
                    {errors.respondents}
                  </p>
                ) : null}
              </div>
              <table className="survey-table">
                <caption className="visually-hidden">{t('survey.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('survey.channel')}</th>
                    <th scope="col">{t('survey.count')}</th>
                    <th scope="col">{t('survey.share')}</th>
                    <th scope="col">{t('survey.reasons')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.channels.map((channel) => {
                    const name = channelName(channel);
                    const answer = draft.answers[channel.id] ?? { count: '', reasons: '' };
                    const notAsked = isNotAsked(answer);
                    const count = readAnswers(answer.count, language);
                    const share =
                      !notAsked && respondents && count.ok && !errors[channel.id]
                        ? (count.value / respondents) * 100
                        : null;
                    const errorId = `${headingId}-${channel.id}-error`;
                    return (
                      <tr key={channel.id}>
                        <th scope="row">{name}</th>
                        <td className="survey-count">
                          <input
                            inputMode="numeric"
                            aria-label={t('survey.countLabel', { name })}
                            value={answer.count}
                            aria-invalid={errors[channel.id] ? true : undefined}
                            aria-describedby={errors[channel.id] ? errorId : undefined}
                            onChange={(event) =>
                              changeAnswer(channel.id, 'count', event.target.value)
                            }
                            onBlur={() => void flush()}
                          />
                          {errors[channel.id] ? (
                            <p id={errorId} className="field-error">
                              {errors[channel.id]}
                            </p>
                          ) : null}
                        </td>
                        <td className="survey-share">
                          {notAsked ? (
                            t('survey.notAsked')
                          ) : share === null ? (
                            '–'
                          ) : (
                            <>
                              <span>{formatNumber(share, i18n.language, 'share')}%</span>
                              <span className="share-bar" aria-hidden="true">
                                <span style={{ width: `${Math.min(100, share)}%` }} />
                              </span>
                            </>
                          )}
                        </td>
                        <td>
                          <textarea
                            rows={1}
                            aria-label={t('survey.reasonsLabel', { name })}
                            value={answer.reasons}
                            maxLength={surveyReasonsMaxLength}
                            onChange={(event) =>
                              changeAnswer(channel.id, 'reasons', event.target.value)
                            }
                            onBlur={() => void flush()}
                          />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )}
        </Fold>
      </section>
    );
  },
  (before, after) =>
    before.roadmapId === after.roadmapId &&
    before.data.channels === after.data.channels &&
    before.data.survey === after.data.survey,
);
