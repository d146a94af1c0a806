import { useTranslation } from '../../../components/ui/translation';
import { stageSlugs } from '../../../lib/stages';
import type { Roadmap } from '../../../core/roadmap';
import { countDoneStages, stageStatus } from '../../../core/roadmap-status';

/** Seven small segments, one per stage, with the count in words for screen readers and print. */
export function StageProgressBar({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const stages = stageSlugs.filter((stage) => stage !== 'strategy-map');
  const started = stages.filter((stage) => stageStatus(roadmap, stage) === 'in-progress').length;
  return (
    <div className="stage-progress">
      <ol className="stage-progress-segments" aria-hidden="true">
        {stages.map((stage) => (
          <li
            key={stage}
            className={`segment segment-${stageStatus(roadmap, stage)}`}
            title={t(`stages.${stage}.short`)}
          />
        ))}
      </ol>
      <span className="stage-progress-text">
        {t('library.progress', { done: countDoneStages(roadmap.progress) })}
        {started > 0 ? ` · ${t('library.stagesStarted', { count: started })}` : ''}
      </span>
    </div>
  );
}
