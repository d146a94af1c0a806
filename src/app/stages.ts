import type { StageDescriptor } from '../core/stage-descriptor';
import { channelsStage } from '../features/channels/stage';
import { goLiveStage } from '../features/go-live/stage';
import { goalsStage } from '../features/goals/stage';
import { journeyStage } from '../features/journey/stage';
import { kpisStage } from '../features/kpis/stage';
import { startingPointStage } from '../features/starting-point/stage';
import { strategyMapStage } from '../features/strategy-map/stage';
import { trainingStage } from '../features/training/stage';

/**
 * The one list of stages, in the method's order. The database's table list, the roadmap file,
 * progress, the strategy map's reader, routing and preloading all follow it.
 */
export const stages: readonly StageDescriptor[] = [
  startingPointStage,
  goalsStage,
  channelsStage,
  kpisStage,
  journeyStage,
  trainingStage,
  goLiveStage,
  strategyMapStage,
];
