import { lazy, Suspense, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { StageSlug } from '../lib/stages';

/*
 * Where the stage features meet: each built stage's tools, loaded on first visit. Stages not
 * listed here show the "on their way" message and their notes.
 */
const loadStartingPoint = () =>
  import('../features/starting-point/components/starting-point-stage');
const loadGoals = () => import('../features/goals/components/goals-stage');
const loadChannels = () => import('../features/channels/components/channels-stage');
const loadKpis = () => import('../features/kpis/components/kpis-stage');
const loadJourney = () => import('../features/journey/components/journey-stage');
const loadTraining = () => import('../features/training/components/training-stage');
const loadGoLive = () => import('../features/go-live/components/go-live-stage');
const loadStartingPointGaps = () =>
  import('../features/starting-point/components/starting-point-gaps');

/**
 * Fetches every stage's code once the browser is idle after a roadmap opens, so that moving to
 * another stage waits only for its data. Only code is fetched, never data; a failure just leaves
 * the stage to load on its first visit.
 */
export function preloadStageCode(): () => void {
  const loaders = [
    loadStartingPoint,
    loadGoals,
    loadChannels,
    loadKpis,
    loadJourney,
    loadTraining,
    loadGoLive,
  ];
  const preload = () => {
    for (const load of loaders) load().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(preload, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(preload, 1000);
  return () => clearTimeout(timer);
}

const StartingPointStage = lazy(() =>
  loadStartingPoint().then((module) => ({ default: module.StartingPointStage })),
);
const GoalsStage = lazy(() => loadGoals().then((module) => ({ default: module.GoalsStage })));
const ChannelsStage = lazy(() =>
  loadChannels().then((module) => ({ default: module.ChannelsStage })),
);
const JourneyStage = lazy(() => loadJourney().then((module) => ({ default: module.JourneyStage })));
const TrainingStage = lazy(() =>
  loadTraining().then((module) => ({ default: module.TrainingStage })),
);
const GoLiveStage = lazy(() => loadGoLive().then((module) => ({ default: module.GoLiveStage })));
const KpisStage = lazy(() => loadKpis().then((module) => ({ default: module.KpisStage })));
const StartingPointGaps = lazy(() =>
  loadStartingPointGaps().then((module) => ({ default: module.StartingPointGaps })),
);

const prefetchStartingPoint = (queryClient: QueryClient, roadmapId: string) =>
  import('../features/starting-point/api/starting-point-queries').then((module) =>
    queryClient.prefetchQuery(module.startingPointQueries.detail(roadmapId)),
  );

/**
 * Starts loading a stage's code and its data together, from the route loader: without it the
 * data would be asked for only once the code had arrived and rendered, one wait after the other.
 */
export function prefetchStageTools(
  stage: StageSlug,
  roadmapId: string,
  queryClient: QueryClient,
): void {
  const jobs: Promise<unknown>[] = [];
  switch (stage) {
    case 'starting-point':
      jobs.push(loadStartingPoint(), prefetchStartingPoint(queryClient, roadmapId));
      break;
    case 'goals':
      jobs.push(
        loadGoals(),
        loadStartingPointGaps(),
        prefetchStartingPoint(queryClient, roadmapId),
        import('../features/goals/api/goals-queries').then((module) =>
          queryClient.prefetchQuery(module.goalQueries.list(roadmapId)),
        ),
      );
      break;
    case 'channels':
      jobs.push(
        loadChannels(),
        // The query loads the repository itself; asking now saves one round trip.
        import('../features/channels/api/channels-repository'),
        import('../features/channels/api/channels-queries').then((module) =>
          queryClient.prefetchQuery(module.channelsQueries.detail(roadmapId)),
        ),
      );
      break;
    case 'journey':
      jobs.push(
        loadJourney(),
        import('../features/journey/api/journey-repository'),
        import('../features/journey/api/journey-queries').then((module) =>
          queryClient.prefetchQuery(module.journeyQueries.detail(roadmapId)),
        ),
      );
      break;
    case 'training':
      jobs.push(
        loadTraining(),
        import('../features/training/api/training-repository'),
        import('../features/training/api/training-queries').then((module) =>
          queryClient.prefetchQuery(module.trainingQueries.detail(roadmapId)),
        ),
      );
      break;
    case 'go-live':
      jobs.push(
        loadGoLive(),
        import('../features/go-live/api/go-live-repository'),
        import('../features/go-live/api/go-live-queries').then((module) =>
          queryClient.prefetchQuery(module.goLiveQueries.detail(roadmapId)),
        ),
      );
      break;
    case 'kpis':
      jobs.push(
        loadKpis(),
        import('../features/kpis/api/kpis-repository'),
        import('../features/kpis/api/kpis-queries').then((module) =>
          queryClient.prefetchQuery(module.kpiQueries.dashboard(roadmapId)),
        ),
      );
      break;
    default:
      break;
  }
  // A failed prefetch is not an error: the stage asks again when it renders and reports there.
  for (const job of jobs) job.catch(() => undefined);
}

export function stageTools(stage: StageSlug, roadmapId: string): ReactNode | undefined {
  const frame = (tools: ReactNode) => (
    <Suspense fallback={<p className="loading-inline" aria-busy="true" />}>{tools}</Suspense>
  );
  switch (stage) {
    case 'starting-point':
      return frame(<StartingPointStage roadmapId={roadmapId} />);
    case 'goals':
      // Goals are set against the starting point, so its gaps are shown on top.
      return frame(
        <GoalsStage roadmapId={roadmapId} context={<StartingPointGaps roadmapId={roadmapId} />} />,
      );
    case 'channels':
      return frame(<ChannelsStage roadmapId={roadmapId} />);
    case 'kpis':
      return frame(<KpisStage roadmapId={roadmapId} />);
    case 'journey':
      return frame(<JourneyStage roadmapId={roadmapId} />);
    case 'training':
      return frame(<TrainingStage roadmapId={roadmapId} />);
    case 'go-live':
      return frame(<GoLiveStage roadmapId={roadmapId} />);
    default:
      return undefined;
  }
}
