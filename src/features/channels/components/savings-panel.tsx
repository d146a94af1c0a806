import { memo, useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { saveTarget } from '../../../core/kit/save-target';
import { updateChannelWrite } from '../api/channels-queries';
import type { ChannelsData } from '../api/channels-repository';
import { channelCatalogue } from '../model/channel-catalogue';
import { computeSavings } from '../model/savings';
import { isSavingsChannel, withEffectiveCosts } from '../model/savings-goals';
import { useChannelName } from './channel-names';
import { NumberAutosaveInput } from './number-autosave-input';
import { SavingsGoalsDialog } from './savings-goals-dialog';
import { SavingsPlanForm } from './savings-plan-form';
import { SavingsResults } from './savings-results';
import { formatNumber, numberRules } from '../../../core/numbers';
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
          <div className="savings-layout">
            <div className="savings-inputs">
              <table className="savings-volumes">
                <caption>{t('savings.volumesHeading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('savings.channel')}</th>
                    <th scope="col">{t('savings.monthlyContacts')}</th>
                    <th scope="col">{t('savings.costPerContact')}</th>
                  </tr>
                </thead>
                <tbody>
                  {channels.map((channel) => {
                    const name = channelName(channel);
                    const typical = channel.catalogKey
                      ? channelCatalogue[channel.catalogKey].typicalCost
                      : null;
                    const isTypical = channel.costPerContact === null && typical !== null;
                    return (
                      <tr key={channel.id}>
                        <th scope="row">
                          {name}
                          {channel.status === 'planned' ? (
                            <span className="savings-badge">{t('savings.planned')}</span>
                          ) : null}
                        </th>
                        <td>
                          <NumberAutosaveInput
                            label={t('savings.monthlyContactsLabel', { name })}
                            value={channel.monthlyContacts}
                            rule={numberRules.count}
                            onSave={saveTarget(
                              updateChannelWrite,
                              roadmapId,
                              `channel:${channel.id}:monthlyContacts`,
                              (monthlyContacts: number | null) => ({
                                channelId: channel.id,
                                changes: { monthlyContacts },
                              }),
                            )}
                          />
                        </td>
                        <td>
                          <NumberAutosaveInput
                            label={t('savings.costLabel', { name })}
                            value={channel.costPerContact ?? typical}
                            hint={
                              isTypical
                                ? t('savings.typicalCost')
                                : typical !== null
                                  ? t('savings.typicalIs', {
                                      cost: formatNumber(typical, i18n.language, 'money'),
                                    })
                                  : undefined
                            }
                            onSave={saveTarget(
                              updateChannelWrite,
                              roadmapId,
                              `channel:${channel.id}:costPerContact`,
                              (costPerContact: number | null) => ({
                                channelId: channel.id,
                                changes: { costPerContact },
                              }),
                            )}
                          />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <SavingsPlanForm
                channels={channels}
                channelName={channelName}
                draft={draft}
                errors={errors}
                onChange={change}
                onBlur={() => void flush()}
              />
            </div>
            <div className="savings-output">
              <SavingsResults
                result={result}
                plan={plan}
                channels={channels}
                channelName={channelName}
              />
              <div className="savings-goal">
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
            </div>
          </div>
        )}
      </section>
    );
  },
  (before, after) =>
    before.roadmapId === after.roadmapId &&
    before.data.channels === after.data.channels &&
    before.data.savingsPlan === after.data.savingsPlan,
);
