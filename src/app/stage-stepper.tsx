import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../components/ui/translation';
import { NavLink } from 'react-router';
import type { Roadmap } from '../core/roadmap';
import { stageStatus } from '../core/roadmap-status';
import { roadmapPath, stageNumber, stageSlugs, type StageSlug } from '../lib/stages';
import { prefetchStageTools } from './stage-tools';

/** Resting on a step this long, rather than passing over it, starts loading its stage. */
const intentDelayMs = 80;

/**
 * The seven stages and the map in one row, each with its number, short name and status (a ring,
 * a tick, and words for screen readers, not only colour). Resting the pointer on a step, or the
 * focus, starts loading that stage's code and data a moment before the click; pressing it starts
 * at once.
 */
export function StageStepper({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const intent = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(intent.current), []);
  const prepare = (stage: StageSlug) => () =>
    void prefetchStageTools(stage, roadmap.id, queryClient);
  const prepareSoon = (stage: StageSlug) => () => {
    window.clearTimeout(intent.current);
    intent.current = window.setTimeout(prepare(stage), intentDelayMs);
  };
  const forget = () => window.clearTimeout(intent.current);
  return (
    <nav aria-label={t('stepper.label')} className="stepper">
      <ol>
        {stageSlugs.map((stage) => {
          const status = stageStatus(roadmap, stage);
          const number = stageNumber(stage);
          return (
            <li key={stage} className={`stepper-item stepper-${status}`}>
              <NavLink
                to={roadmapPath(roadmap.id, stage)}
                onPointerEnter={prepareSoon(stage)}
                onPointerLeave={forget}
                onFocus={prepareSoon(stage)}
                onBlur={forget}
                onPointerDown={prepare(stage)}
              >
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
