import { lazy, Suspense, useMemo } from 'react';
import { Fold } from '../../../components/ui/fold';
import { WhenVisible } from '../../../components/ui/when-visible';
import { useTranslation } from '../../../components/ui/translation';
import { formatNumber } from '../../../core/numbers';
import type { ChannelsData } from '../api/channels-repository';
import { evidenceRows } from '../model/channel-evidence';
import { contradictThreshold, supportThreshold } from '../model/evidence';
import { useChannelName } from './channel-names';
import { VerdictCell } from './verdict-cell';
import { ideaEvidenceChartHeight } from './chart-heights';

// recharts is heavy: it loads only when this chart is about to show.
const IdeaEvidenceChart = lazy(() => import('./idea-evidence-chart'));

/** Up to this many channels the chart shows open under the table. */
const shortTable = 6;

/** Initial idea against the evidence: survey, age mix, competitors, and a verdict in words. */
export function EvidencePanel({ data }: { data: ChannelsData }) {
  const { t, i18n } = useTranslation();
  const channelName = useChannelName();
  const rows = useMemo(() => evidenceRows(data), [data]);
  const share = (value: number | null) =>
    value === null
      ? t('channels.evidence.notApplicable')
      : `${formatNumber(value, i18n.language, 'share')}%`;
  const bars = rows
    .filter((row) => row.verdict !== null)
    .map((row) => ({
      name: channelName(row.channel),
      survey: row.surveyShare,
      expected: row.expectedShare,
    }));

  return (
    <section
      className="panel evidence-panel"
      aria-labelledby="evidence-heading"
      data-stage-result=""
    >
      <h2 id="evidence-heading">{t('channels.evidence.heading')}</h2>
      <p className="muted">{t('channels.evidence.intro')}</p>
      <div className="evidence-layout">
        <div className="evidence-table-wrap">
          <table className="channels-table evidence-table">
            <caption>{t('channels.evidence.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('channels.evidence.channel')}</th>
                <th scope="col">{t('channels.evidence.status')}</th>
                <th scope="col" className="number">
                  {t('channels.evidence.survey')}
                </th>
                <th scope="col" className="number">
                  {t('channels.evidence.expected')}
                </th>
                <th scope="col">{t('channels.evidence.competitors')}</th>
                <th scope="col">{t('channels.evidence.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.channel.id}>
                  <th scope="row">{channelName(row.channel)}</th>
                  <td>{t(`channels.status.${row.channel.status}`)}</td>
                  <td className="number">
                    {row.surveyNotAsked ? t('channels.evidence.notAsked') : share(row.surveyShare)}
                  </td>
                  <td className="number">{share(row.expectedShare)}</td>
                  <td className="competitors-cell">
                    {row.competitorsOffering === null
                      ? t('channels.evidence.notApplicable')
                      : row.competitorsTotal === 0
                        ? t('channels.evidence.noCompetitors')
                        : t('channels.evidence.competitorsCount', {
                            count: row.competitorsOffering,
                            total: row.competitorsTotal,
                          })}
                  </td>
                  <td>
                    {row.verdict ? (
                      <VerdictCell verdict={row.verdict} status={row.channel.status} />
                    ) : (
                      t('channels.evidence.notApplicable')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="field-hint">
            {t('channels.evidence.thresholds', {
              support: supportThreshold,
              contradict: contradictThreshold,
            })}
          </p>
        </div>
        {bars.length === 0 ? (
          <figure className="evidence-chart">
            <figcaption>
              <h3>{t('channels.evidence.chartHeading')}</h3>
            </figcaption>
            <p className="empty-hint">{t('channels.evidence.chartEmpty')}</p>
          </figure>
        ) : (
          // The table above holds the same numbers and the verdicts: on a long list the chart
          // waits behind one line, so the savings stay close.
          <Fold
            name="channels.evidence-chart"
            defaultOpen={rows.length <= shortTable}
            summary={t('channels.evidence.chartFold', { count: bars.length })}
          >
            <figure className="evidence-chart">
              <figcaption>
                <h3>{t('channels.evidence.chartHeading')}</h3>
                <p className="visually-hidden">{t('channels.evidence.chartSummary')}</p>
              </figcaption>
              <WhenVisible minHeight={ideaEvidenceChartHeight(bars.length)}>
                <Suspense
                  fallback={
                    <p className="loading-inline" aria-busy="true">
                      {t('channels.evidence.chartLoading')}
                    </p>
                  }
                >
                  <IdeaEvidenceChart bars={bars} />
                </Suspense>
              </WhenVisible>
            </figure>
          </Fold>
        )}
      </div>
    </section>
  );
}
