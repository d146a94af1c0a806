import type { QueryClient } from '@tanstack/react-query';
import { lazy, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useParams } from 'react-router';
import { roadmapQueries } from '../features/roadmaps/api/roadmap-queries';
import { roadmapPath } from '../lib/stages';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

// Each route loads its own code; the library does not pay for the stages and vice versa.
const LibraryPage = lazy(() =>
  import('../features/roadmaps/components/library-page').then((module) => ({
    default: module.LibraryPage,
  })),
);
const RoadmapLayout = lazy(() =>
  import('./roadmap-layout').then((module) => ({ default: module.RoadmapLayout })),
);

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
      children: [
        {
          path: '/',
          element: <LibraryPage />,
          loader: () => {
            void queryClient.prefetchQuery(roadmapQueries.list());
            return null;
          },
        },
        { path: '/roadmaps/:roadmapId', element: <RoadmapIndexRedirect /> },
        {
          path: '/roadmaps/:roadmapId/:stage',
          element: <RoadmapLayout />,
          loader: ({ params }) => {
            void queryClient.prefetchQuery(roadmapQueries.detail(params.roadmapId ?? ''));
            return null;
          },
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
