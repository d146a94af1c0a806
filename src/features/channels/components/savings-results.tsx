import { lazy, Suspense, type ReactNode } from 'react';
import { WhenVisible } from '../../../components/ui/when-visible';
import { useTranslation } from '../../../components/ui/translation';
import type { Channel, SavingsPlanValues } from '../model/channel';
import type { SavingsResult } from '../model/savings';
import { formatNumber } from '../../../core/numbers';
import { useIsPresenting } from '../../../components/ui/use-presenting-class';
import { savingsChartHeight } from './chart-heights';

const SavingsChart = lazy(() => import('./savings-chart'));

interface SavingsResultsProps {
  result: SavingsResult;
  /** The plan behind the result: its failure rate and call-back share are shown with it. */
  plan: Pick<SavingsPlanValues, 'failureRatePercent' | 'failureSharePercent'>;
  channels: readonly Channel[];
  channelName: (channel: Channel) => string;
  /** What the team can do with the result (set goal targets), under the table. */
  action?: ReactNode;
}

/** Before and after: key numbers, a chart and the same numbers per channel in a table. */
export function SavingsResults({
  result,
  plan,
  channels,
  channelName,
  action,
}: SavingsResultsProps) {
  const { t, i18n } = useTranslation();
  const isPresenting = useIsPresenting();
  const language = i18n.language;
  const euro = (value: number) => formatNumber(value, language, 'money');
  const count = (value: number) => formatNumber(value, language, 'count');
  const percent = (value: number) => formatNumber(value, language, 'share');
  const average = (value: number | null) =>
    value === null ? '–' : formatNumber(value, language, 'money');
  const nameOf = new Map(channels.map((channel) => [channel.id, channelName(channel)]));
  const figures = [
    {
      label: t('savings.contactsPerMonth'),
      before: count(result.contactsBefore),
      after: count(result.contactsAfter),
    },
    {
      label: t('savings.costPerMonth'),
      before: euro(result.monthlyCostBefore),
      after: euro(result.monthlyCostAfter),
    },
    {
      label: t('savings.averageCost'),
      before: average(result.averageCostBefore),
      after: average(result.averageCostAfter),
    },
  ];
  return (
    <div className="savings-results">
      <div className="savings-results-key">
        <h3>{t('savings.resultsHeading')}</h3>
        <dl className="savings-figures">
          {figures.map((figure) => (
            <div key={figure.label} className="savings-figure">
              <dt>{figure.label}</dt>
              <dd>{t('savings.beforeAfter', { before: figure.before, after: figure.after })}</dd>
            </div>
          ))}
          <div className="savings-figure savings-figure-main">
            <dt>{t('savings.yearlySaving')}</dt>
            <dd>{euro(result.yearlySaving)}</dd>
          </div>
        </dl>
        {result.movedContacts > 0 ? (
          <p className="field-hint savings-failures">
            {t(
              result.returnedToPhone > 0 ? 'savings.returnedToPhone' : 'savings.returnedToSource',
              {
                count: Math.round(result.calledBack),
                moved: count(result.movedContacts),
                rate: percent(plan.failureRatePercent),
                unresolved: count(result.unresolvedContacts),
                share: percent(plan.failureSharePercent),
                contacts: count(result.calledBack),
              },
            )}
          </p>
        ) : null}
        <figure className="savings-chart">
          <figcaption>{t('savings.chartTitle')}</figcaption>
          <WhenVisible minHeight={savingsChartHeight(result.channels.length, isPresenting)}>
            <Suspense
              fallback={
                <p className="empty-hint" aria-busy="true">
                  {t('savings.chartLoading')}
                </p>
              }
            >
              <SavingsChart
                bars={result.channels.map((row) => ({
                  name: nameOf.get(row.channelId) ?? '',
                  before: row.costBefore,
                  after: row.costAfter,
                }))}
                format={euro}
              />
            </Suspense>
          </WhenVisible>
        </figure>
      </div>
      <div className="savings-results-detail">
        <table className="savings-table">
          <caption>{t('savings.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('savings.channel')}</th>
              <th scope="col">{t('savings.contactsBefore')}</th>
              <th scope="col">{t('savings.contactsAfter')}</th>
              <th scope="col">{t('savings.costBefore')}</th>
              <th scope="col">{t('savings.costAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {result.channels.map((row) => (
              <tr key={row.channelId}>
                <th scope="row">{nameOf.get(row.channelId)}</th>
                <td>{count(row.contactsBefore)}</td>
                <td>{count(row.contactsAfter)}</td>
                <td>{euro(row.costBefore)}</td>
                <td>{euro(row.costAfter)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {action}
      </div>
    </div>
  );
}
