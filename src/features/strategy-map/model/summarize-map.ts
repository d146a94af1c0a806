import { stageSlugs, type StageSlug } from '../../../lib/stages';
import type { Channel } from '../../channels';
import { readinessChecklist } from '../../go-live';
import type { Goal } from '../../goals';
import { sortGoalsByDeadline } from '../../goals';
import type { JourneyPhase, Touchpoint } from '../../journey';
import type { Kpi } from '../../kpis';
import { kpiStatus, type KpiStatus, type LatestValue } from '../../kpis';
import { stageStatus } from '../../../core/roadmap-status';
import {
  positioningPoints,
  summarizeStartingPoint,
  type PositionPoint,
  type StartingPointSummary,
} from '../../starting-point';
import { trainingMapFigures } from '../../training';
import type { TrainingModule } from '../../training';
import type { StrategyMapSource } from './map-source';
import type { Paper } from './paper';

export interface MapCaps {
  goals: number;
  channelsInUse: number;
  channelsPlanned: number;
  phases: number;
  touchpointsPerPhase: number;
  roles: number;
  modules: number;
  kpis: number;
}

/**
 * How much each section shows at most, per sheet. The page has a fixed size, so a large roadmap
 * is summarised rather than squeezed: the rest is counted as "+k more". A3 is drawn in the same
 * type size as A4 on twice the paper, so it holds more of everything before it cuts.
 */
export const mapCaps = {
  a4: {
    goals: 4,
    channelsInUse: 5,
    channelsPlanned: 5,
    phases: 7,
    touchpointsPerPhase: 2,
    roles: 3,
    modules: 4,
    kpis: 8,
  },
  a3: {
    goals: 6,
    channelsInUse: 8,
    channelsPlanned: 8,
    phases: 9,
    touchpointsPerPhase: 5,
    roles: 8,
    modules: 8,
    kpis: 15,
  },
} as const satisfies Record<Paper, MapCaps>;

export type ChannelRef = Pick<Channel, 'id' | 'catalogKey' | 'name'>;

export interface PlannedChannel extends ChannelRef {
  /** The first date the channel meets customers (pilot, soft launch or full launch). */
  firstDate: string | null;
  fullDate: string | null;
}

export interface MapPhase {
  id: string;
  name: string;
  emotion: number | null;
  position: number;
  touchpoints: { id: string; description: string; channel: ChannelRef | null; device: string }[];
  moreTouchpoints: number;
}

export interface MapKpi {
  id: string;
  name: string;
  unit: string;
  direction: Kpi['direction'];
  target: number | null;
  targetDate: string | null;
  latest: LatestValue | null;
  status: KpiStatus;
}

export interface StrategyMapModel {
  title: { name: string; company: string; workshopDate: string; author: string };
  standing: {
    points: PositionPoint[];
    summary: StartingPointSummary;
    ownName: string;
  };
  channels: {
    inUse: ChannelRef[];
    moreInUse: number;
    planned: PlannedChannel[];
    morePlanned: number;
  };
  journey: { phases: MapPhase[]; morePhases: number; touchpointCount: number };
  people: {
    percent: number | null;
    peopleCount: number;
    roles: { id: string; name: string; people: number }[];
    moreRoles: number;
    modules: Pick<TrainingModule, 'id' | 'title' | 'startDate' | 'endDate' | 'status'>[];
    moreModules: number;
    uncoveredGaps: number;
  };
  goals: {
    items: (Pick<
      Goal,
      'id' | 'title' | 'direction' | 'baseline' | 'target' | 'unit' | 'deadline' | 'benefit'
    > & {
      /** The room's dots in the stage 2 dot-vote; 0 when it did not vote on it. */
      dots: number;
    })[];
    more: number;
  };
  kpis: { items: MapKpi[]; more: number; counts: Partial<Record<KpiStatus, number>> };
  goLive: {
    date: string | null;
    pilotDate: string | null;
    percent: number | null;
    done: number;
    applicable: number;
  };
  /** Stages (not the map) that are not done yet, in method order. */
  incompleteStages: StageSlug[];
}

const priorityRank = { high: 0, medium: 1, low: 2 } as const;

/** The goals a board reads first: high priority first, then the nearest deadline. */
export function leadingGoals(goals: readonly Goal[]): Goal[] {
  return sortGoalsByDeadline(goals).sort(
    (a, b) => priorityRank[a.priority] - priorityRank[b.priority],
  );
}

/** Touchpoints measured by a KPI are the key ones; then the team's own order. */
function keyTouchpoints(touchpoints: readonly Touchpoint[]): Touchpoint[] {
  return [...touchpoints].sort(
    (a, b) => Number(b.kpiId !== null) - Number(a.kpiId !== null) || a.position - b.position,
  );
}

function mapPhases(
  phases: readonly JourneyPhase[],
  touchpoints: readonly Touchpoint[],
  channels: ReadonlyMap<string, ChannelRef>,
  perPhase: number,
): MapPhase[] {
  const byPhase = new Map<string, Touchpoint[]>();
  for (const touchpoint of touchpoints) {
    const list = byPhase.get(touchpoint.phaseId) ?? [];
    list.push(touchpoint);
    byPhase.set(touchpoint.phaseId, list);
  }
  return [...phases]
    .sort((a, b) => a.position - b.position)
    .map((phase) => {
      const own = keyTouchpoints(byPhase.get(phase.id) ?? []);
      return {
        id: phase.id,
        name: phase.name,
        emotion: phase.emotion,
        position: phase.position,
        touchpoints: own.slice(0, perPhase).map((touchpoint) => ({
          id: touchpoint.id,
          description: touchpoint.description,
          device: touchpoint.device,
          channel: touchpoint.channelId ? (channels.get(touchpoint.channelId) ?? null) : null,
        })),
        moreTouchpoints: Math.max(0, own.length - perPhase),
      };
    });
}

const earliest = (dates: (string | null)[]) =>
  dates.filter((date): date is string => date !== null).sort()[0] ?? null;

/**
 * Summarises a whole roadmap into what fits on one page of the given caps (A4's unless told);
 * `today` decides the KPI statuses.
 */
export function summarizeStrategyMap(
  source: StrategyMapSource,
  today: string,
  caps: MapCaps = mapCaps.a4,
): StrategyMapModel {
  const { roadmap } = source;
  const channelRefs = new Map<string, ChannelRef>(
    source.channels.map(({ id, catalogKey, name }) => [id, { id, catalogKey, name }]),
  );
  const rolloutByChannel = new Map(source.rollouts.map((rollout) => [rollout.channelId, rollout]));

  const inUse = source.channels.filter((channel) => channel.status === 'in-use');
  const planned = source.channels
    .filter((channel) => channel.status === 'planned')
    .map((channel): PlannedChannel => {
      const rollout = rolloutByChannel.get(channel.id);
      return {
        id: channel.id,
        catalogKey: channel.catalogKey,
        name: channel.name,
        firstDate: rollout
          ? earliest([rollout.pilotDate, rollout.softLaunchDate, rollout.fullDate])
          : null,
        fullDate: rollout?.fullDate ?? null,
      };
    })
    // Earliest launch first; channels without a date yet come last.
    .sort((a, b) => (a.firstDate ?? '9999').localeCompare(b.firstDate ?? '9999'));

  const phases = mapPhases(
    source.phases,
    source.touchpoints,
    channelRefs,
    caps.touchpointsPerPhase,
  );

  const readiness = trainingMapFigures(source.figures.training);
  const peopleByRole = new Map<string, number>();
  for (const person of source.people)
    peopleByRole.set(person.roleId, (peopleByRole.get(person.roleId) ?? 0) + 1);
  const modules = [...source.modules].sort((a, b) =>
    (a.startDate ?? a.endDate ?? '9999').localeCompare(b.startDate ?? b.endDate ?? '9999'),
  );

  const kpis = source.kpis.map((kpi): MapKpi => {
    const latest = source.latestValues[kpi.id] ?? null;
    return {
      id: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      target: kpi.target,
      targetDate: kpi.targetDate,
      latest,
      status: kpiStatus(kpi, latest, today).status,
    };
  });
  const counts: Partial<Record<KpiStatus, number>> = {};
  for (const kpi of kpis) counts[kpi.status] = (counts[kpi.status] ?? 0) + 1;

  const checklist = readinessChecklist(source.readinessItems, {
    goals: source.goals,
    kpis: source.kpis,
    kpisWithValues: new Set(Object.keys(source.latestValues)),
    channels: source.channels,
    rollouts: source.rollouts,
    trainingPercent: readiness.percent,
  });

  const goals = leadingGoals(source.goals);
  const own = source.subjects.find((subject) => subject.kind === 'own');
  return {
    title: {
      name: roadmap.name,
      company: roadmap.company,
      workshopDate: roadmap.workshopDate,
      author: roadmap.author,
    },
    standing: {
      points: positioningPoints(source.subjects, source.scores),
      summary: summarizeStartingPoint(source.subjects, source.scores),
      ownName: own?.name ?? roadmap.company,
    },
    channels: {
      inUse: inUse.slice(0, caps.channelsInUse).map(({ id, catalogKey, name }) => ({
        id,
        catalogKey,
        name,
      })),
      moreInUse: Math.max(0, inUse.length - caps.channelsInUse),
      planned: planned.slice(0, caps.channelsPlanned),
      morePlanned: Math.max(0, planned.length - caps.channelsPlanned),
    },
    journey: {
      phases: phases.slice(0, caps.phases),
      morePhases: Math.max(0, phases.length - caps.phases),
      touchpointCount: source.touchpoints.length,
    },
    people: {
      percent: readiness.percent,
      peopleCount: source.people.length,
      roles: source.roles
        .slice(0, caps.roles)
        .map((role) => ({ id: role.id, name: role.name, people: peopleByRole.get(role.id) ?? 0 })),
      moreRoles: Math.max(0, source.roles.length - caps.roles),
      modules: modules.slice(0, caps.modules).map(({ id, title, startDate, endDate, status }) => ({
        id,
        title,
        startDate,
        endDate,
        status,
      })),
      moreModules: Math.max(0, modules.length - caps.modules),
      uncoveredGaps: readiness.uncoveredGaps,
    },
    goals: {
      items: goals
        .slice(0, caps.goals)
        .map((goal) => ({ ...goal, dots: source.goalDots[goal.id] ?? 0 })),
      more: Math.max(0, goals.length - caps.goals),
    },
    kpis: {
      items: kpis.slice(0, caps.kpis),
      more: Math.max(0, kpis.length - caps.kpis),
      counts,
    },
    goLive: {
      date: source.goLivePlan?.goLiveDate ?? null,
      pilotDate: source.goLivePlan?.pilotDate ?? null,
      percent: checklist.percent,
      done: checklist.done,
      applicable: checklist.applicable,
    },
    incompleteStages: stageSlugs.filter(
      (stage) => stage !== 'strategy-map' && stageStatus(roadmap, stage) !== 'done',
    ),
  };
}

const summaries = new WeakMap<StrategyMapSource, Map<string, StrategyMapModel>>();

/**
 * `summarizeStrategyMap`, kept for as long as the source is: the query cache hands the same source
 * to every visit until a write changes it, so coming back to the map does not summarise it again.
 */
export function cachedStrategyMap(
  source: StrategyMapSource,
  today: string,
  paper: Paper,
): StrategyMapModel {
  let byKey = summaries.get(source);
  if (!byKey) summaries.set(source, (byKey = new Map()));
  const key = `${today}/${paper}`;
  let map = byKey.get(key);
  if (!map) byKey.set(key, (map = summarizeStrategyMap(source, today, mapCaps[paper])));
  return map;
}
