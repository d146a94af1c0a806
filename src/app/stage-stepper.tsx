import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Roadmap } from '../core/roadmap';
import { stageStatus } from '../core/roadmap-status';
import { roadmapPath, stageNumber, stageSlugs } from '../lib/stages';

/**
 * The seven stages and the map in one row, each with its number, short name and status (a ring,
 * a tick, and words for screen readers, not only colour).
 */
export function StageStepper({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('stepper.label')} className="stepper">
      <ol>
        {stageSlugs.map((stage) => {
          const status = stageStatus(roadmap, stage);
          const number = stageNumber(stage);
          return (
            <li key={stage} className={`stepper-item stepper-${status}`}>
              <NavLink to={roadmapPath(roadmap.id, stage)}>
                <span className="stepper-number" aria-hidden="true">
                  {status === 'done' ? '✓' : (number ?? '★')}
                </span>
                {/* One row: the short name shows; the full title and the status (which the
                    number's ring shows) are what a screen reader says. */}
                <span className="stepper-name" aria-hidden="true">
                  {t(`stages.${stage}.short`)}
                </span>
                <span className="visually-hidden">
                  {t(`stages.${stage}.title`)}, {t(`stepper.status.${status}`)}
                </span>
              </NavLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
