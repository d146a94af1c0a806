import { lazy, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useParams } from 'react-router';
import { roadmapPath } from '../lib/stages';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';

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

export function createAppRouter(updatePrompt?: ReactNode) {
  return createBrowserRouter([
    {
      element: <AppShell updatePrompt={updatePrompt} />,
      children: [
        { path: '/', element: <LibraryPage /> },
        { path: '/roadmaps/:roadmapId', element: <RoadmapIndexRedirect /> },
        { path: '/roadmaps/:roadmapId/:stage', element: <RoadmapLayout /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
