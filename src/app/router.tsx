import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate, useParams } from 'react-router';
import { roadmapQueries } from '../features/roadmaps/api/roadmap-queries';
import { ensureStagesCatalog } from '../i18n/i18n';
import { isStageSlug, roadmapPath, type StageSlug } from '../lib/stages';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';
import { loadStages } from '../core/stage-registry';

/*
 * Each route loads its own code through the router's `lazy`, not React.lazy: the router fetches
 * code and data together and renders once, without a Suspense fallback (which React holds on
 * screen for at least 300 ms once shown).
 */
const loadLibraryPage = async () => ({
  Component: (await import('../features/roadmaps/components/library-page')).LibraryPage,
});
const loadRoadmapLayout = async () => {
  const [layout] = await Promise.all([
    import('./roadmap-layout'),
    ensureStagesCatalog(),
    // Stage writes look their stage's progress rule up in the list, so it is there first.
    loadStages(),
  ]);
  return { Component: layout.RoadmapLayout };
};

/** The stage tools come with the stage list: neither is part of the library's first paint. */
const prefetchStage = (stage: StageSlug, roadmapId: string, queryClient: QueryClient) =>
  import('./stage-tools')
    .then((tools) => tools.prefetchStageTools(stage, roadmapId, queryClient))
    .catch(() => undefined);

/**
 * Starts the code and the data layer the address will need while the language catalog loads,
 * before the app renders: they would otherwise wait for the router, which waits for the catalog.
 * The router's own imports then find them loaded.
 */
export function preloadFirstRoute(pathname: string): void {
  const ignore = () => undefined;
  // The repository brings Dexie: every page reads the database first.
  import('../features/roadmaps/api/roadmaps-repository').catch(ignore);
  if (pathname === '/') loadLibraryPage().catch(ignore);
  else if (pathname.startsWith('/roadmaps/')) {
    import('./roadmap-layout').catch(ignore);
    loadStages().catch(ignore);
  }
}

function RoadmapIndexRedirect() {
  const { roadmapId = '' } = useParams();
  return <Navigate to={roadmapPath(roadmapId)} replace />;
}

/**
 * Loaders start each route's data while its code is still loading, instead of after it renders.
 * They never wait: the page shows as soon as its code is there, and the query fills it.
 */
export function createAppRouter(queryClient: QueryClient, updatePrompt?: ReactNode) {
  return createBrowserRouter([
    {
      element: <AppShell updatePrompt={updatePrompt} />,
      errorElement: <RouteError />,
      // While the first page's code loads, the frame is already there; the page fills it.
      hydrateFallbackElement: <AppShell page={null} />,
      children: [
        {
          path: '/',
          lazy: loadLibraryPage,
          loader: () => {
            void queryClient.prefetchQuery(roadmapQueries.list());
            return null;
          },
        },
        { path: '/roadmaps/:roadmapId', element: <RoadmapIndexRedirect /> },
        {
          path: '/roadmaps/:roadmapId/:stage',
          lazy: loadRoadmapLayout,
          loader: ({ params }) => {
            const roadmapId = params.roadmapId ?? '';
            void queryClient.prefetchQuery(roadmapQueries.detail(roadmapId));
            if (isStageSlug(params.stage)) void prefetchStage(params.stage, roadmapId, queryClient);
            return null;
          },
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
