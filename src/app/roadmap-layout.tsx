import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from '../components/ui/translation';
import { Link, Navigate, useParams } from 'react-router';
import { useToast } from '../components/ui/toasts';
import type { Roadmap } from '../core/roadmap';
import { roadmapQueries } from '../features/roadmaps/api/roadmap-queries';
import { StagePage } from '../features/stages/components/stage-page';
import { PresentingBar, usePresenting, WorkshopTimer } from '../features/workshop';
import { isStageSlug, roadmapPath, stageSlugs } from '../lib/stages';
import { ErrorBoundary } from './error-boundary';
import { HeaderSlot } from './header-slot';
import { HistoryControls } from './history-controls';
import { StageStepper } from './stage-stepper';
import { preloadStageCode, stageTools } from './stage-tools';
import '../components/ui/blocks.css';
// Printing is for roadmap pages only, so its rules load with them and not with the library.
import '../styles/print.css';
import '../styles/stage-page.css';
import '../styles/presenting.css';

/** The stage page `step` stages away from `/roadmaps/:id/:stage`, or null past either end. */
function stepFromPath(pathname: string, step: -1 | 1): string | null {
  const [, roadmapId, slug] = /^\/roadmaps\/([^/]+)\/([^/]+)$/.exec(pathname) ?? [];
  if (!roadmapId || !isStageSlug(slug)) return null;
  const target = stageSlugs[stageSlugs.indexOf(slug) + step];
  return target ? roadmapPath(decodeURIComponent(roadmapId), target) : null;
}

/**
 * The roadmap opened last, as a roadmap page's frame shows it before the app runs
 * (public/first-paint.js): its name and each stage's progress. Kept here, out of the library's
 * first bytes.
 */
function rememberRoadmapForFirstPaint(
  roadmap: Pick<Roadmap, 'id' | 'name' | 'company' | 'progress'>,
): void {
  const { id, name, company, progress } = roadmap;
  try {
    localStorage.setItem(
      'rotta.first-paint.roadmap',
      JSON.stringify({ id, name, company, progress }),
    );
  } catch {
    // Without storage the frame shows the stages without the roadmap's name.
  }
}

/** `/roadmaps/:roadmapId/:stage`: the roadmap's title bar, the stepper and one stage. */
export function RoadmapLayout() {
  const { t } = useTranslation();
  const toast = useToast();
  const { roadmapId = '', stage } = useParams();
  const { data: roadmap, isPending } = useQuery(roadmapQueries.detail(roadmapId));
  // The team moves between stages all workshop long: have their code ready before the click.
  useEffect(() => preloadStageCode(), []);
  useEffect(() => {
    if (roadmap) rememberRoadmapForFirstPaint(roadmap);
  }, [roadmap]);
  const index = isStageSlug(stage) ? stageSlugs.indexOf(stage) : -1;
  const pathAt = (at: number) => {
    const slug = index === -1 ? undefined : stageSlugs[at];
    return slug ? roadmapPath(roadmapId, slug) : null;
  };
  const previousPath = pathAt(index - 1);
  const nextPath = pathAt(index + 1);
  const presenting = usePresenting({ stepFrom: stepFromPath });

  if (!isStageSlug(stage)) return <Navigate to={roadmapPath(roadmapId)} replace />;
  if (isPending) return <p className="loading" aria-busy="true" />;
  if (!roadmap) {
    return (
      <section className="not-found">
        <h1>{t('roadmap.notFoundTitle')}</h1>
        <p>{t('roadmap.notFoundBody')}</p>
        <Link to="/" className="button button-primary">
          {t('app.backToLibrary')}
        </Link>
      </section>
    );
  }

  return (
    <div className="roadmap-layout">
      <HeaderSlot>
        <div className="roadmap-bar">
          {/* The brand beside it leads back to the library. */}
          <p className="roadmap-title">
            <strong>{roadmap.name}</strong>
            {roadmap.company ? <span className="muted"> · {roadmap.company}</span> : null}
          </p>
          <div className="roadmap-actions">
            <WorkshopTimer roadmapId={roadmap.id} stage={stage} />
            <button type="button" className="button" onClick={presenting.start}>
              {t('workshop.present.start')}
            </button>
            <HistoryControls roadmapId={roadmap.id} />
            <button
              type="button"
              className="button"
              onClick={async () => {
                const { downloadRoadmap } = await import('../features/roadmaps/api/roadmap-files');
                const fileName = await downloadRoadmap(roadmap);
                toast({ message: t('saving.exportedFile', { file: fileName }) });
              }}
            >
              <span aria-hidden="true">{t('roadmap.exportShort')}</span>
              <span className="visually-hidden">{t('roadmap.export')}</span>
            </button>
          </div>
        </div>
      </HeaderSlot>
      {presenting.isPresenting ? (
        <PresentingBar
          roadmapId={roadmap.id}
          stage={stage}
          previousPath={previousPath}
          nextPath={nextPath}
          onStop={presenting.stop}
        />
      ) : null}
      <StageStepper roadmap={roadmap} />
      <ErrorBoundary
        key={stage}
        what="Stage failed to render"
        fallback={(retry) => (
          <section role="alert" className="stage-error">
            <h1>{t('roadmap.stageError')}</h1>
            <p>{t('roadmap.stageErrorHelp')}</p>
            <button type="button" className="button button-primary" onClick={retry}>
              {t('roadmap.tryAgain')}
            </button>
          </section>
        )}
      >
        <StagePage key={stage} roadmapId={roadmap.id} stage={stage}>
          {stageTools(stage, roadmap.id)}
        </StagePage>
      </ErrorBoundary>
    </div>
  );
}
