import type { ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { StageSlug } from '../lib/stages';
import { preloadable } from './preloadable';

/*
 * Where the stage features meet: each built stage's tools, loaded on first visit. Stages not
 * listed here show the "on their way" message and their notes.
 */
const startingPoint = preloadable(
  () => import('../features/starting-point/components/starting-point-stage'),
  (module) => module.StartingPointStage,
);
const goals = preloadable(
  () => import('../features/goals/components/goals-stage'),
  (module) => module.GoalsStage,
);
const channels = preloadable(
  () => import('../features/channels/components/channels-stage'),
  (module) => module.ChannelsStage,
);
const kpis = preloadable(
  () => import('../features/kpis/components/kpis-stage'),
  (module) => module.KpisStage,
);
const journey = preloadable(
  () => import('../features/journey/components/journey-stage'),
  (module) => module.JourneyStage,
);
const training = preloadable(
  () => import('../features/training/components/training-stage'),
  (module) => module.TrainingStage,
);
const goLive = preloadable(
  () => import('../features/go-live/components/go-live-stage'),
  (module) => module.GoLiveStage,
);
const strategyMap = preloadable(
  () => import('../features/strategy-map/components/strategy-map-stage'),
  (module) => module.StrategyMapStage,
);
const startingPointGaps = preloadable(
  () => import('../features/starting-point/components/starting-point-gaps'),
  (module) => module.StartingPointGaps,
);

/**
 * Fetches every stage's code once the browser is idle after a roadmap opens, so that moving to
 * another stage waits only for its data. Only code is fetched, never data; a failure just leaves
 * the stage to load on its first visit.
 */
export function preloadStageCode(): () => void {
  const loaders = [
    startingPoint,
    goals,
    channels,
    kpis,
    journey,
    training,
    goLive,
    strategyMap,
    startingPointGaps,
  ].map((stage) => stage.load);
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
      jobs.push(startingPoint.load(), prefetchStartingPoint(queryClient, roadmapId));
      break;
    case 'goals':
      jobs.push(
        goals.load(),
        startingPointGaps.load(),
        prefetchStartingPoint(queryClient, roadmapId),
        import('../features/goals/api/goals-queries').then((module) =>
          queryClient.prefetchQuery(module.goalQueries.list(roadmapId)),
        ),
        // The timeline marks the pilot and go-live dates of stage 7.
        import('../features/go-live/api/go-live-queries').then((module) =>
          queryClient.prefetchQuery(module.goLiveQueries.plan(roadmapId)),
        ),
      );
      break;
    case 'channels':
      jobs.push(
        channels.load(),
        // The query loads the repository itself; asking now saves one round trip.
        import('../features/channels/api/channels-repository'),
        import('../features/channels/api/channels-queries').then((module) =>
          queryClient.prefetchQuery(module.channelsQueries.detail(roadmapId)),
        ),
      );
      break;
    case 'journey':
      jobs.push(
        journey.load(),
        import('../features/journey/api/journey-repository'),
        import('../features/journey/api/journey-queries').then((module) =>
          queryClient.prefetchQuery(module.journeyQueries.detail(roadmapId)),
        ),
      );
      break;
    case 'training':
      jobs.push(
        training.load(),
        import('../features/training/api/training-repository'),
        import('../features/training/api/training-queries').then((module) =>
          queryClient.prefetchQuery(module.trainingQueries.detail(roadmapId)),
        ),
      );
      break;
    case 'go-live':
      jobs.push(
        goLive.load(),
        import('../features/go-live/api/go-live-repository'),
        import('../features/go-live/api/go-live-queries').then((module) =>
          queryClient.prefetchQuery(module.goLiveQueries.detail(roadmapId)),
        ),
      );
      break;
    case 'kpis':
      jobs.push(
        kpis.load(),
        import('../features/kpis/api/kpis-repository'),
        import('../features/kpis/api/kpis-queries').then((module) =>
          queryClient.prefetchQuery(module.kpiQueries.dashboard(roadmapId)),
        ),
      );
      break;
    case 'strategy-map':
      jobs.push(
        strategyMap.load(),
        import('../features/strategy-map/api/get-strategy-map'),
        import('../features/strategy-map/api/strategy-map-queries').then((module) =>
          queryClient.prefetchQuery(module.strategyMapQueries.detail(roadmapId)),
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
  switch (stage) {
    case 'starting-point':
      return startingPoint.render({ roadmapId });
    case 'goals':
      // Goals are set against the starting point, so its gaps are shown on top.
      return goals.render({ roadmapId, context: startingPointGaps.render({ roadmapId }) });
    case 'channels':
      return channels.render({ roadmapId });
    case 'kpis':
      return kpis.render({ roadmapId });
    case 'journey':
      return journey.render({ roadmapId });
    case 'training':
      return training.render({ roadmapId });
    case 'go-live':
      return goLive.render({ roadmapId });
    case 'strategy-map':
      return strategyMap.render({ roadmapId });
    default:
      return undefined;
  }
}
