import type { ReactNode } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Link } from 'react-router';
import {
  roadmapPath,
  stageNumber,
  stageScopeClass,
  stageSlugs,
  type StageSlug,
} from '../../../lib/stages';
import { StagePdfButton } from '../../deliverables';
import { StageIntro } from './stage-intro';
import { StageNotesEditor } from './stage-notes-editor';

export interface StagePageProps {
  roadmapId: string;
  stage: StageSlug;
  /** The stage's own tools; stages not built yet leave this out and say so. */
  children?: ReactNode;
}

/** The frame every stage shares: heading, purpose and tips, the work area, and the way on. */
export function StagePage({ roadmapId, stage, children }: StagePageProps) {
  const { t } = useTranslation();
  const index = stageSlugs.indexOf(stage);
  const previous = stageSlugs[index - 1];
  const next = stageSlugs[index + 1];
  const number = stageNumber(stage);
  return (
    // The scope class confines the stage's own stylesheet to this page.
    <article className={`stage-page ${stageScopeClass(stage)}`}>
      <header className="stage-header">
        {number !== null ? <p className="eyebrow">{t('roadmap.stageOf', { number })}</p> : null}
        <h1>{t(`stages.${stage}.title`)}</h1>
        {/* The map has its own files (its PDF is the printed sheet). */}
        {number !== null ? (
          <StagePdfButton roadmapId={roadmapId} stage={stage} number={number} />
        ) : null}
      </header>
      <StageIntro stage={stage} />
      {children ?? (
        <section className="stage-work" aria-labelledby="stage-work-title">
          <h2 id="stage-work-title">{t('stage.comingTitle')}</h2>
          <p>{t('stage.comingBody')}</p>
        </section>
      )}
      <div className="stage-notes-section">
        <StageNotesEditor roadmapId={roadmapId} stage={stage} />
      </div>
      <nav className="stage-pager" aria-label={t('roadmap.pager')}>
        {previous ? (
          <Link to={roadmapPath(roadmapId, previous)} className="button button-quiet" rel="prev">
            ← {t('roadmap.previous', { stage: t(`stages.${previous}.title`) })}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={roadmapPath(roadmapId, next)} className="button" rel="next">
            {t('roadmap.next', { stage: t(`stages.${next}.title`) })} →
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
