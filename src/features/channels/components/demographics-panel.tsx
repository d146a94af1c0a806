import { useId } from 'react';
import { Fold } from '../../../components/ui/fold';
import { useTranslation } from '../../../components/ui/translation';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { formatNumber, useNumberProblemText } from '../../../core/numbers';
import type { ChannelsData } from '../api/channels-repository';
import { channelCatalogue } from '../model/channel-catalogue';
import { referenceTableDraft } from '../model/demographics-draft';
import { expectedPreferences, sharesTotal } from '../model/evidence';
import { generationIds, referenceSource } from '../model/reference-preferences';
import { ExpectedPreferenceTable } from './expected-preference-table';
import { OwnFiguresTable } from './own-figures-table';
import { useDemographicsDraft } from './use-demographics-draft';

export interface DemographicsPanelProps {
  roadmapId: string;
  data: ChannelsData;
}

/** The customer base by generation, and the channel preference it leads to expect. */
export function DemographicsPanel({ roadmapId, data }: DemographicsPanelProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { draft, values, problems, change, state, flush, container } = useDemographicsDraft(
    roadmapId,
    data.demographics,
  );
  // The figures follow the typing while it is valid, the stored ones otherwise.
  const current = values ?? data.demographics;
  const total = current ? sharesTotal(current.shares) : 0;
  const hasShares = current ? generationIds.some((g) => current.shares[g] !== null) : false;
  const isTotalWrong = hasShares && Math.abs(total - 100) >= 0.05;
  const expected =
    current && total > 0
      ? expectedPreferences(current.shares, current.overrides ?? undefined)
      : null;
  const percent = (value: number) => formatNumber(value, i18n.language, 'share');
  const numberProblem = useNumberProblemText();

  return (
    <section
      ref={container}
      className="panel demographics-panel"
      aria-labelledby={`${id}-heading`}
      onBlur={() => void flush()}
    >
      <div className="panel-heading-row">
        <h2 id={`${id}-heading`}>{t('channels.demographics.heading')}</h2>
        <SaveIndicator state={values ? state : 'idle'} />
      </div>
      <Fold
        name="channels.demographics"
        defaultOpen={!hasShares}
        summary={
          <>
            {t('channels.demographics.fold', {
              count: generationIds.filter((g) => current?.shares[g] != null).length,
              total: percent(total),
            })}
            {isTotalWrong || Object.keys(problems).length > 0 ? (
              <span className="fold-warning"> · {t('channels.demographics.foldCheck')}</span>
            ) : null}
          </>
        }
      >
        <p className="muted">{t('channels.demographics.intro')}</p>
        <div className="demographics-layout">
          <div className="demographics-shares">
            {generationIds.map((generation) => {
              const problem = problems[`shares.${generation}`];
              const fieldId = `${id}-${generation}`;
              return (
                <div className="field" key={generation}>
                  <label htmlFor={fieldId}>
                    {t('channels.demographics.shareLabel', {
                      generation: t(`channels.generation.${generation}`),
                    })}
                  </label>
                  <input
                    id={fieldId}
                    inputMode="decimal"
                    value={draft.shares[generation]}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${fieldId}-error` : undefined}
                    onChange={(event) =>
                      change({
                        ...draft,
                        shares: { ...draft.shares, [generation]: event.target.value },
                      })
                    }
                  />
                  {problem ? (
                    <p id={`${fieldId}-error`} className="field-error">
                      {numberProblem(problem)}
                    </p>
                  ) : null}
                </div>
              );
            })}
            <p
              className={isTotalWrong ? 'shares-total shares-total-wrong' : 'shares-total'}
              role="status"
            >
              {isTotalWrong ? (
                <>
                  <span aria-hidden="true" className="warning-mark">
                    !
                  </span>{' '}
                  {t('channels.demographics.totalWrong', { total: percent(total) })}
                </>
              ) : hasShares ? (
                t('channels.demographics.total', { total: percent(total) })
              ) : null}
            </p>
            <div className="field">
              <label htmlFor={`${id}-source`}>{t('channels.demographics.source')}</label>
              <input
                id={`${id}-source`}
                value={draft.source}
                maxLength={300}
                aria-describedby={`${id}-source-hint`}
                onChange={(event) => change({ ...draft, source: event.target.value })}
              />
              <p id={`${id}-source-hint`} className="field-hint">
                {t('channels.demographics.sourceHint')}
              </p>
            </div>
          </div>
          <div className="demographics-expected">
            <h3>{t('channels.demographics.expectedHeading')}</h3>
            {expected ? (
              <ExpectedPreferenceTable
                expected={expected}
                channels={data.channels.filter(
                  (channel) =>
                    channel.catalogKey && channelCatalogue[channel.catalogKey].referenceGroup,
                )}
              />
            ) : (
              <p className="empty-hint">{t('channels.demographics.noExpected')}</p>
            )}
            <p className="field-hint">{t('channels.demographics.severalAnswers')}</p>
            <p className="figures-source">
              {draft.overrides
                ? t('channels.demographics.ownFigures')
                : t('channels.demographics.figuresSource', { source: referenceSource })}
            </p>
            <button
              type="button"
              className="button"
              aria-expanded={draft.overrides !== null}
              onClick={() =>
                change({
                  ...draft,
                  overrides: draft.overrides ? null : referenceTableDraft(i18n.language),
                })
              }
            >
              {draft.overrides
                ? t('channels.demographics.useReference')
                : t('channels.demographics.useOwn')}
            </button>
          </div>
        </div>
        {draft.overrides ? (
          <OwnFiguresTable
            table={draft.overrides}
            problems={problems}
            onChange={(overrides) => change({ ...draft, overrides })}
          />
        ) : null}
      </Fold>
    </section>
  );
}
