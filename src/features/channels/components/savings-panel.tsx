import { memo, useCallback, useId, useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Fold } from '../../../components/ui/fold';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import type { ChannelsData } from '../api/channels-repository';
import { computeSavings } from '../model/savings';
import { isSavingsChannel, withEffectiveCosts } from '../model/savings-goals';
import { useChannelName } from './channel-names';
import { SavingsGoalsDialog } from './savings-goals-dialog';
import { SavingsPlanForm } from './savings-plan-form';
import { SavingsResults } from './savings-results';
import { SavingsVolumesTable } from './savings-volumes-table';
import { formatNumber } from '../../../core/numbers';
import { useSavingsGoals } from './use-savings-goals';
import { useSavingsPlanDraft } from './use-savings-plan-draft';
import './survey-savings.css';

export interface SavingsPanelProps {
  roadmapId: string;
  data: ChannelsData;
}

/**
 * The savings calculator: volumes and costs, planned shifts, before/after, and goal targets.
 * Memoised on what it shows, so a survey import or a demographics edit does not redraw it
 * (the query keeps unchanged parts of the stage data as the same objects).
 */
export const SavingsPanel = memo(
  function SavingsPanel({ roadmapId, data }: SavingsPanelProps) {
    const { t, i18n } = useTranslation();
    const headingId = useId();
    const channelName = useChannelName();
    const channels = useMemo(() => data.channels.filter(isSavingsChannel), [data.channels]);
    const nameById = useCallback(
      (channelId: string) => {
        const channel = data.channels.find((row) => row.id === channelId);
        return channel ? channelName(channel) : '';
      },
      [data.channels, channelName],
    );
    const { draft, errors, plan, change, state, flush } = useSavingsPlanDraft(
      roadmapId,
      data.savingsPlan,
      nameById,
    );
    const result = useMemo(
      () => computeSavings(withEffectiveCosts(channels), plan),
      [channels, plan],
    );
    const goals = useSavingsGoals(roadmapId);

    return (
      <section className="panel savings-panel" aria-labelledby={headingId} data-stage-result="">
        <div className="survey-heading-row">
          <h2 id={headingId}>{t('savings.heading')}</h2>
          <SaveIndicator state={Object.keys(errors).length > 0 ? 'idle' : state} />
        </div>
        <p className="survey-intro">{t('savings.intro')}</p>
        {channels.length === 0 ? (
          <p className="empty-hint">{t('savings.noChannels')}</p>
        ) : (
          <>
            {/* The result across the panel; the figures behind it fold under the table. */}
            <SavingsResults
              result={result}
              plan={plan}
              channels={channels}
              channelName={channelName}
              action={
                <>
                  {/* Editing only: the room sees the result, not the way to change it. */}
                  <div className="savings-goal" data-edit-only="">
                    <button
                      type="button"
                      className="button button-primary"
                      disabled={goals.isBusy}
                      onClick={() => goals.ask(result, channels)}
                    >
                      {t('savings.useAsGoal')}
                    </button>
                    <p className="field-hint">{t('savings.useAsGoalHelp')}</p>
                    <SavingsGoalsDialog
                      request={goals.request}
                      isBusy={goals.isBusy}
                      onCancel={goals.cancel}
                      onConfirm={(deadline) => void goals.confirm(deadline)}
                    />
                  </div>
                  <div data-edit-only="">
                    <Fold
                      name="channels.savings-inputs"
                      defaultOpen={plan.shifts.length === 0}
                      // The figures behind a plan are built when the fold first opens (see the
                      // survey's fold).
                      isLazy
                      summary={
                        <>
                          {t('savings.fold', {
                            count: plan.shifts.length,
                            channels: channels.length,
                            rate: formatNumber(plan.failureRatePercent, i18n.language, 'share'),
                            share: formatNumber(plan.failureSharePercent, i18n.language, 'share'),
                          })}
                          {Object.keys(errors).length > 0 ? (
                            <span className="fold-warning"> · {t('savings.foldCheck')}</span>
                          ) : null}
                        </>
                      }
                    >
                      <div className="savings-inputs">
                        <SavingsVolumesTable roadmapId={roadmapId} channels={channels} />
                        <SavingsPlanForm
                          channels={channels}
                          channelName={channelName}
                          draft={draft}
                          errors={errors}
                          onChange={change}
                          onBlur={() => void flush()}
                        />
                      </div>
                    </Fold>
                  </div>
                </>
              }
            />
          </>
        )}
      </section>
    );
  },
  (before, after) =>
    before.roadmapId === after.roadmapId &&
    before.data.channels === after.data.channels &&
    before.data.savingsPlan === after.data.savingsPlan,
);
