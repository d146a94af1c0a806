import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useParams } from 'react-router';
import { roadmapQueries } from '../features/roadmaps/api/roadmap-queries';
import { loadedOnce } from '../components/ui/loaded-once';
import { ensureStagesCatalog } from '../i18n/i18n';
// The library is the home page and comes with the entry: as a route of its own it was ten files
// (most under 1 KB, shared with the stages) that gzip compressed 3.7 KB worse than one.
import { LibraryPage } from '../features/roadmaps/components/library-page';
import { isStageSlug, roadmapPath, type StageSlug } from '../lib/stages';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RouteErrorBoundary } from './route-error';
import { loadStages } from '../core/stage-registry';

/*
 * The router is the declarative one (routes as elements): the data router's loaders, actions and
 * fetchers weigh 16 KB gzip on the first page and the app needs none of them, since the
 * queries load the data.
 */

// Each is imported from one place: the build lists a dynamic import's files at every call site.
const roadmapLayout = () => import('./roadmap-layout');
const stageTools = () => import('./stage-tools');

/**
 * The roadmap's pages, whose code loads once. Navigations run in a transition, so the previous page
 * stays until the code is here; on a roadmap's address the code is loaded before the app's first
 * render (main.tsx), so it draws at once, with no fallback.
 */
const roadmap = loadedOnce(async () => {
  const [layout] = await Promise.all([
    roadmapLayout(),
    ensureStagesCatalog(),
    // Stage writes look their stage's progress rule up in the list, so it is there first.
    loadStages(),
  ]);
  return layout.RoadmapLayout;
});

/** The stage tools come with the stage list: neither is part of the library's first paint. */
const prefetchStage = (stage: StageSlug, roadmapId: string, queryClient: QueryClient) =>
  stageTools()
    .then((tools) => tools.prefetchStageTools(stage, roadmapId, queryClient))
    .catch(() => undefined);

/**
 * Starts the code and the data layer the address will need while the language catalog loads
 * (`languageReady`), before the app renders: they would otherwise wait for the first render.
 * Resolves once the page's code is here, a stage's own code too, so the first render draws the
 * page without a fallback (or once it has failed: the page then shows the route's error).
 */
export function preloadFirstRoute(
  pathname: string,
  languageReady: Promise<unknown>,
): Promise<unknown> {
  const ignore = () => undefined;
  // The reads bring Dexie: every page reads the database first.
  import('../features/roadmaps/api/roadmap-reads').catch(ignore);
  const [, , stage] = /^\/roadmaps\/([^/]+)\/([^/]+)$/.exec(pathname) ?? [];
  if (stage === undefined) return Promise.resolve();
  roadmapLayout().catch(ignore);
  const stageCode = isStageSlug(stage)
    ? stageTools().then((tools) => tools.loadStageCode(stage))
    : Promise.resolve();
  // The stages' strings are added to the catalog, so they wait for it.
  const page = languageReady.then(() => roadmap.preload());
  return Promise.all([page, stageCode]).catch(ignore);
}

/** `/`: the list query starts with the page, not after its first render. */
function LibraryRoute() {
  const queryClient = useQueryClient();
  useMemo(() => void queryClient.prefetchQuery(roadmapQueries.list()), [queryClient]);
  return <LibraryPage />;
}

/** `/roadmaps/:roadmapId/:stage`: the roadmap and the stage's data and code start loading with the navigation. */
function RoadmapRoute() {
  const queryClient = useQueryClient();
  const { roadmapId = '', stage } = useParams();
  useMemo(() => {
    void queryClient.prefetchQuery(roadmapQueries.detail(roadmapId));
    if (isStageSlug(stage)) void prefetchStage(stage, roadmapId, queryClient);
  }, [queryClient, roadmapId, stage]);
  return <roadmap.Component />;
}

function RoadmapIndexRedirect() {
  const { roadmapId = '' } = useParams();
  return <Navigate to={roadmapPath(roadmapId)} replace />;
}

export function AppRoutes({ updatePrompt }: { updatePrompt?: ReactNode }) {
  return (
    <BrowserRouter>
      <RouteErrorBoundary>
        <Routes>
          <Route element={<AppShell updatePrompt={updatePrompt} />}>
            <Route path="/" element={<LibraryRoute />} />
            <Route path="/roadmaps/:roadmapId" element={<RoadmapIndexRedirect />} />
            <Route path="/roadmaps/:roadmapId/:stage" element={<RoadmapRoute />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </RouteErrorBoundary>
    </BrowserRouter>
  );
}
