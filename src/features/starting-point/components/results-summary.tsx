import { memo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { formatNumber } from '../../../core/numbers';
import type { StartingPointSummary } from '../model/scoring';
import { themes } from '../model/starting-point';

/** The key numbers beside the charts: own score, best competitor, average, and the gaps. */
export const ResultsSummary = memo(function ResultsSummary({
  summary,
}: {
  summary: StartingPointSummary;
}) {
  const { t, i18n } = useTranslation();
  // Every competitor that ties for best is named, not only the first listed.
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const show = (value: number | null, signed = false) =>
    value === null
      ? t('startingPoint.noneYet')
      : formatNumber(value, i18n.language, 'score', { signed });
  return (
    <table className="results-summary">
      <caption className="visually-hidden">{t('startingPoint.resultsHeading')}</caption>
      <thead>
        <tr>
          <td />
          {themes.map((theme) => (
            <th key={theme} scope="col">
              {t(`startingPoint.themesShort.${theme}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr className="results-own">
          <th scope="row">{t('startingPoint.own')}</th>
          {themes.map((theme) => (
            <td key={theme} className="big-number">
              {show(summary[theme].own)}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('startingPoint.bestCompetitor')}</th>
          {themes.map((theme) => {
            const { best, leaders } = summary[theme];
            return (
              <td key={theme}>
                {show(best?.mean ?? null)}
                {leaders.length > 0 ? (
                  <span className="muted">
                    {' '}
                    · {list.format(leaders.map((leader) => leader.name))}
                  </span>
                ) : null}
              </td>
            );
          })}
        </tr>
        <tr>
          <th scope="row">{t('startingPoint.competitorAverage')}</th>
          {themes.map((theme) => (
            <td key={theme}>{show(summary[theme].competitorAverage)}</td>
          ))}
        </tr>
        <tr className="results-gap">
          <th scope="row">{t('startingPoint.gap')}</th>
          {themes.map((theme) => {
            const gap = summary[theme].gapToBest;
            return (
              <td key={theme} className={gap !== null && gap < 0 ? 'gap-negative' : 'gap-positive'}>
                {show(gap, true)}
              </td>
            );
          })}
        </tr>
        <tr>
          <th scope="row">{t('startingPoint.gapToAverage')}</th>
          {themes.map((theme) => (
            <td key={theme}>{show(summary[theme].gapToAverage, true)}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
});
