import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../../components/ui/translation';
import { Link } from 'react-router';
import { formatNumber } from '../../../core/numbers';
import { roadmapPath } from '../../../lib/stages';
import { startingPointQueries } from '../api/starting-point-queries';
import { summarizeStartingPoint } from '../model/scoring';
import { themes } from '../model/themes';
import './starting-point-gaps.css';

/** The starting point in one or two sentences, shown where goals are set. */
export function StartingPointGaps({ roadmapId }: { roadmapId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(startingPointQueries.detail(roadmapId));
  if (!data) return <p className="loading-inline" aria-busy="true" />;
  const summary = summarizeStartingPoint(data.subjects, data.scores);
  const lines = themes.flatMap((theme) => {
    const { gapToBest, best } = summary[theme];
    if (gapToBest === null || !best) return [];
    const values = {
      theme: t(`startingPoint.themesShort.${theme}`),
      gap: formatNumber(Math.abs(gapToBest), i18n.language, 'score'),
      name: best.name,
    };
    if (Math.abs(gapToBest) < 0.05) return [t('startingPoint.gapEven', values)];
    return [
      gapToBest < 0 ? t('startingPoint.gapBehind', values) : t('startingPoint.gapAhead', values),
    ];
  });
  return (
    <aside className="stage-context" aria-labelledby="stage-context-title">
      <h2 id="stage-context-title">{t('startingPoint.contextHeading')}</h2>
      {lines.length > 0 ? (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{t('startingPoint.contextEmpty')}</p>
      )}
      <Link to={roadmapPath(roadmapId, 'starting-point')}>
        {t('startingPoint.openStartingPoint')}
      </Link>
    </aside>
  );
}
