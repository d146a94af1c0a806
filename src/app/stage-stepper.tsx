import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Roadmap } from '../core/roadmap';
import { stageStatus } from '../core/roadmap-status';
import { roadmapPath, stageNumber, stageSlugs } from '../lib/stages';

const statusSymbol = { 'not-started': '', 'in-progress': '◐', done: '✓' } as const;

/** The seven stages and the map, each with its number, name and status (in words, not only colour). */
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
                  {status === 'done' ? statusSymbol.done : (number ?? '★')}
                </span>
                <span className="stepper-name">{t(`stages.${stage}.title`)}</span>
                <span className={status === 'not-started' ? 'visually-hidden' : 'stepper-status'}>
                  {status === 'in-progress' ? `${statusSymbol['in-progress']} ` : ''}
                  {t(`stepper.status.${status}`)}
                </span>
              </NavLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
