import { memo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { formatNumber } from '../../../core/numbers';
import type { SubjectResults } from '../model/scoring';
import { themes, type Subject } from '../model/starting-point';

/** The charts' numbers as a table: read by screen readers, and printed with the charts. */
export const SubjectMeansTable = memo(function SubjectMeansTable({
  subjects,
  results,
}: {
  subjects: readonly Subject[];
  results: ReadonlyMap<string, SubjectResults>;
}) {
  const { t, i18n } = useTranslation();
  return (
    <table className="means-table">
      <caption>{t('startingPoint.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('startingPoint.subject')}</th>
          {themes.map((theme) => (
            <th key={theme} scope="col">
              {t(`startingPoint.themesShort.${theme}`)}: {t('startingPoint.mean')} (
              {t('startingPoint.range')}, {t('startingPoint.scoredBy')})
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {subjects.map((subject) => (
          <tr key={subject.id} className={subject.kind === 'own' ? 'results-own' : undefined}>
            <th scope="row">{subject.name}</th>
            {themes.map((theme) => {
              const result = results.get(subject.id)?.[theme];
              return (
                <td key={theme}>
                  {result && result.mean !== null
                    ? `${formatNumber(result.mean, i18n.language, 'score')} (${result.min}–${result.max}, ${result.count})`
                    : t('startingPoint.noneYet')}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
