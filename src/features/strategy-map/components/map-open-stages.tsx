import { useTranslation } from '../../../components/ui/translation';
import { Link } from 'react-router';
import { roadmapPath, stageNumber, type StageSlug } from '../../../lib/stages';
import type { Roadmap } from '../../../core/roadmap';
import { stageStatus } from '../../../core/roadmap-status';

export interface MapOpenStagesProps {
  roadmap: Pick<Roadmap, 'id' | 'progress'>;
  stages: readonly StageSlug[];
}

/** Which stages are not finished, each with a link: the map still draws, and says so too. */
export function MapOpenStages({ roadmap, stages }: MapOpenStagesProps) {
  const { t } = useTranslation();
  if (stages.length === 0) {
    return <p className="strategy-map-done">✓ {t('strategyMap.open.allDone')}</p>;
  }
  return (
    <section className="strategy-map-open warning-item" aria-labelledby="strategy-map-open-title">
      <div>
        <h2 id="strategy-map-open-title">{t('strategyMap.open.heading')}</h2>
        <p>{t('strategyMap.open.body')}</p>
        <ul>
          {stages.map((stage) => {
            const status = stageStatus(roadmap, stage);
            return (
              <li key={stage}>
                <Link to={roadmapPath(roadmap.id, stage)}>
                  {stageNumber(stage)}. {t(`stages.${stage}.title`)}
                </Link>{' '}
                <span className="muted">
                  ({t(`strategyMap.open.status.${status === 'done' ? 'in-progress' : status}`)})
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
