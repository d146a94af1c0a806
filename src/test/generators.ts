import type { Channel } from '../features/channels/model/channel';
import type { DotVote } from '../core/dot-votes';
import { channelKeys } from '../lib/channel-catalogue';
import type { Goal } from '../features/goals/model/goal';
import { deviceKeys, type JourneyPhase, type Touchpoint } from '../features/journey/model/journey';
import { kpiCatalogKeys, type Kpi, type Measurement } from '../features/kpis/model/kpi';
import type { RoadmapFile } from '../core/file/roadmap-file';
import { stages } from '../app/stages';
import { roadmapFileFormat, roadmapFileVersion } from '../core/file/roadmap-file';
import type { Assessor, Score, Subject } from '../features/starting-point/model/starting-point';
import { stageSlugs } from '../lib/stages';
import type { GoLivePlan, ReadinessItem, Rollout } from '../features/go-live/model/go-live';
import {
  competencyCatalogKeys,
  moduleFormats,
  type Competency,
  type CompetencyLevel,
  type TrainingModule,
  type TrainingPerson,
  type TrainingRole,
} from '../features/training/model/training';

export interface RoadmapSize {
  notes?: number;
  competitors?: number;
  assessors?: number;
  goals?: number;
  channels?: number;
  kpis?: number;
  /** Values per KPI, one a week back from the end of June 2026. */
  actualsPerKpi?: number;
  phases?: number;
  touchpoints?: number;
  roles?: number;
  /** Spread over the roles in turn. */
  people?: number;
  /** Alternating technical and behavioural; every role requires each of them. */
  competencies?: number;
  modules?: number;
  /** A go-live plan, a rollout per planned channel and a few checklist answers. */
  goLive?: boolean;
  /** People in the dot-votes: each spreads 3 dots over the goals and over the channels. */
  voters?: number;
  /** Instead, each voter puts one dot on this many options in turn (a table at its limit). */
  votesEach?: number;
}

/**
 * Each voter's three dots: on the option of their turn and the next (all three when only one);
 * or, with `votesEach`, one dot on that many options in turn (a table at its limit).
 */
function makeVotes(
  row: RowBase,
  prefix: string,
  optionIds: readonly string[],
  size: RoadmapSize,
): DotVote[] {
  const count = optionIds.length;
  const vote = (voter: number, option: number, dots: number): DotVote => ({
    ...row(`${prefix}-vote-${voter}-${option}`),
    voter: `Voter ${voter + 1}`,
    optionId: optionIds[option]!,
    dots,
  });
  if (count === 0) return [];
  const voters = Array.from({ length: size.voters ?? 0 }, (_, voter) => voter);
  if (size.votesEach !== undefined) {
    const spread = Math.min(size.votesEach, count);
    return voters.flatMap((voter) =>
      Array.from({ length: spread }, (_, step) => vote(voter, (voter + step) % count, 1)),
    );
  }
  return voters.flatMap((voter) => {
    const first = voter % count;
    const second = (voter + 1) % count;
    if (first === second) return [vote(voter, first, 3)];
    const firstDots = voter % 3 === 0 ? 2 : 1;
    return [vote(voter, first, firstDots), vote(voter, second, 3 - firstDots)];
  });
}

/** A score that varies with subject, assessor and theme but stays within 1-5. */
function scoreFor(subject: number, assessor: number, theme: number): number {
  return ((subject * 7 + assessor * 3 + theme * 5) % 5) + 1;
}

/**
 * Builds valid roadmap files of any size, for unit tests and for the benchmark's large roadmaps.
 * Deterministic for a given seed, so failures are reproducible.
 */
export function makeRoadmapFile(seed: number, size: RoadmapSize = {}): RoadmapFile {
  const stamp = new Date(Date.UTC(2026, 0, 1) + seed * 60_000).toISOString();
  const roadmapId = `roadmap-${seed}`;
  const row = (id: string) => ({
    id: `${roadmapId}-${id}`,
    roadmapId,
    createdAt: stamp,
    updatedAt: stamp,
  });
  const noteCount = Math.min(size.notes ?? 3, stageSlugs.length);
  const subjects: Subject[] = Array.from({ length: 1 + (size.competitors ?? 0) }, (_, index) => ({
    ...row(`subject-${index}`),
    kind: index === 0 ? 'own' : 'competitor',
    name: index === 0 ? `Company ${seed}` : `Competitor ${index}`,
    website: index === 0 ? '' : `https://competitor-${index}.example`,
    notes: '',
    evidence: { digital: index === 0 ? 'Email answered in two days' : '', culture: '' },
    offeredChannels: index % 2 === 0 ? ['phone', 'email'] : ['phone', 'live-chat', 'social'],
    position: index,
  }));
  const assessors: Assessor[] = Array.from({ length: size.assessors ?? 0 }, (_, index) => ({
    ...row(`assessor-${index}`),
    name: `Assessor ${index + 1}`,
    position: index,
  }));
  const scores: Score[] = subjects.flatMap((subject, subjectIndex) =>
    assessors.flatMap((assessor, assessorIndex) =>
      (['digital', 'culture'] as const).map((theme, themeIndex) => ({
        ...row(`score-${subjectIndex}-${assessorIndex}-${theme}`),
        subjectId: subject.id,
        assessorId: assessor.id,
        theme,
        value: scoreFor(subjectIndex, assessorIndex, themeIndex),
      })),
    ),
  );
  const goals: Goal[] = Array.from({ length: size.goals ?? 0 }, (_, index) => ({
    ...row(`goal-${index}`),
    catalogKey: index === 0 ? 'fewer-calls' : null,
    title: `Goal ${index + 1}`,
    description: '',
    direction: index % 2 === 0 ? 'decrease' : 'increase',
    baseline: 100,
    target: index % 2 === 0 ? 80 : 120,
    unit: '%',
    startDate: '2026-01-01',
    deadline: `2027-0${(index % 9) + 1}-15`,
    benefit: `Benefit of goal ${index + 1}`,
    priority: 'medium',
    owner: '',
    position: index,
  }));
  const channels: Channel[] = Array.from({ length: size.channels ?? 0 }, (_, index) => ({
    ...row(`channel-${index}`),
    catalogKey: index < channelKeys.length ? (channelKeys[index] ?? null) : null,
    name: index < channelKeys.length ? '' : `Custom channel ${index}`,
    interaction: 'one-to-one',
    humanTouch: index % 3 === 0,
    status: (['in-use', 'candidate', 'planned', 'rejected'] as const)[index % 4] ?? 'in-use',
    rejectionReason: index % 4 === 3 ? 'Too few customers use it' : '',
    monthlyContacts: index % 4 === 0 ? 1000 * (index + 1) : null,
    costPerContact: index % 4 === 0 ? 2 + (index % 5) : null,
    responseTimeHours: null,
    satisfaction: null,
    performance: index % 4 === 0 ? (index % 5) + 1 : null,
    position: index,
  }));
  const hasChannels = channels.length > 0;
  const kpiKeys = kpiCatalogKeys;
  const kpis: Kpi[] = Array.from({ length: size.kpis ?? 0 }, (_, index) => ({
    ...row(`kpi-${index}`),
    catalogKey: index < kpiKeys.length ? (kpiKeys[index] ?? null) : null,
    name: `KPI ${index + 1}`,
    definition: '',
    unit: '%',
    direction: index % 2 === 0 ? 'higher' : 'lower',
    goalIds: goals.length > 0 ? [goals[index % goals.length]!.id] : [],
    channelIds: channels.length > 0 ? [channels[index % channels.length]!.id] : [],
    baseline: 50,
    baselineDate: '2022-01-01',
    target: index % 2 === 0 ? 80 : 20,
    targetDate: '2027-12-31',
    frequency: 'weekly',
    source: 'Ticketing tool',
    owner: '',
    position: index,
  }));
  // In the past, so that every value is one a team could have logged (a file refuses later ones).
  const lastDay = Date.UTC(2026, 5, 30);
  const measurements: Measurement[] = kpis.flatMap((kpi, kpiIndex) =>
    Array.from({ length: size.actualsPerKpi ?? 0 }, (_, index) => ({
      ...row(`m-${kpiIndex}-${index}`),
      kpiId: kpi.id,
      date: new Date(lastDay - index * 7 * 86_400_000).toISOString().slice(0, 10),
      value: 50 + ((index * 13 + kpiIndex * 7) % 30) * (kpi.direction === 'higher' ? 1 : -1),
      note: '',
    })),
  );
  const journeyPhases: JourneyPhase[] = Array.from({ length: size.phases ?? 0 }, (_, index) => ({
    ...row(`phase-${index}`),
    name: `Phase ${index + 1}`,
    position: index,
    lanes: {
      doing: `Does step ${index + 1}`,
      expecting: 'A quick answer',
      painPoints: index % 2 === 0 ? 'Waits on hold' : '',
      opportunities: '',
    },
    emotion: (index % 5) - 2,
    emotionNote: '',
  }));
  const touchpoints: Touchpoint[] =
    journeyPhases.length === 0
      ? []
      : Array.from({ length: size.touchpoints ?? 0 }, (_, index) => ({
          ...row(`touchpoint-${index}`),
          phaseId: journeyPhases[index % journeyPhases.length]!.id,
          channelId: channels.length > 0 ? channels[index % channels.length]!.id : null,
          device: deviceKeys[index % deviceKeys.length] ?? 'smartphone',
          description: `Touchpoint ${index + 1}`,
          owner: '',
          kpiId: kpis.length > 0 ? kpis[index % kpis.length]!.id : null,
          position: Math.floor(index / journeyPhases.length),
        }));
  const goalVotes = makeVotes(
    row,
    'goal',
    goals.map((goal) => goal.id),
    size,
  );
  const channelVotes = makeVotes(
    row,
    'channel',
    channels.map((channel) => channel.id),
    size,
  );
  const training = makeTrainingRows(row, size);
  const goLive = size.goLive ? makeGoLiveRows(row, channels) : emptyGoLiveRows();
  return {
    format: roadmapFileFormat,
    // The version the app's stages write, whether or not the stage list is registered here.
    version: roadmapFileVersion(stages),
    exportedAt: stamp,
    roadmap: {
      id: roadmapId,
      name: `Roadmap ${seed}`,
      company: `Company ${seed % 17}`,
      workshopDate: '2026-03-31',
      author: 'Test author',
      notes: `Notes for roadmap ${seed}`,
      createdAt: stamp,
      updatedAt: stamp,
    },
    rows: {
      stageNotes: stageSlugs.slice(0, noteCount).map((stage, index) => ({
        ...row(`note-${index}`),
        stage,
        text: `What the room said about ${stage} (${seed}).`,
      })),
      subjects,
      assessors,
      scores,
      goals,
      goalVotes,
      channels,
      channelVotes,
      demographics: hasChannels
        ? [
            {
              ...row('demographics'),
              shares: { silent: 5, boomers: 30, genX: 45, genY: 20 },
              overrides: null,
              source: '',
            },
          ]
        : [],
      surveys: hasChannels
        ? [
            {
              ...row('survey'),
              respondents: 200,
              answers: channels.map((channel, index) => ({
                channelId: channel.id,
                count: (index * 37) % 200,
                reasons: '',
              })),
            },
          ]
        : [],
      savingsPlans:
        channels.length > 4
          ? [
              {
                ...row('savings'),
                shifts: [
                  {
                    fromChannelId: channels[0]!.id,
                    toChannelId: channels[4]!.id,
                    sharePercent: 20,
                  },
                ],
                failureRatePercent: 20,
                failureSharePercent: 54,
              },
            ]
          : [],
      kpis,
      measurements,
      journeyPhases,
      touchpoints,
      ...training,
      ...goLive,
    },
  };
}

type RowBase = (id: string) => {
  id: string;
  roadmapId: string;
  createdAt: string;
  updatedAt: string;
};

function makeTrainingRows(row: RowBase, size: RoadmapSize) {
  const trainingRoles: TrainingRole[] = Array.from({ length: size.roles ?? 0 }, (_, index) => ({
    ...row(`role-${index}`),
    name: `Role ${index + 1}`,
    description: '',
    position: index,
  }));
  const trainingPeople: TrainingPerson[] =
    trainingRoles.length === 0
      ? []
      : Array.from({ length: size.people ?? 0 }, (_, index) => ({
          ...row(`person-${index}`),
          roleId: trainingRoles[index % trainingRoles.length]!.id,
          name: `Person ${index + 1}`,
          position: Math.floor(index / trainingRoles.length),
        }));
  const competencies: Competency[] = Array.from({ length: size.competencies ?? 0 }, (_, index) => ({
    ...row(`competency-${index}`),
    catalogKey: index < competencyCatalogKeys.length ? competencyCatalogKeys[index]! : null,
    family: index % 2 === 0 ? 'technical' : 'behavioural',
    name: `Competency ${index + 1}`,
    description: '',
    position: index,
  }));
  // Every role requires every competency at 3 or 4; people sit between 1 and 5.
  const competencyLevels: CompetencyLevel[] = [
    ...trainingRoles.flatMap((role, roleIndex) =>
      competencies.map((competency, index) => ({
        ...row(`req-${roleIndex}-${index}`),
        kind: 'required' as const,
        holderId: role.id,
        competencyId: competency.id,
        level: 3 + ((roleIndex + index) % 2),
      })),
    ),
    ...trainingPeople.flatMap((person, personIndex) =>
      competencies.map((competency, index) => ({
        ...row(`cur-${personIndex}-${index}`),
        kind: 'current' as const,
        holderId: person.id,
        competencyId: competency.id,
        level: ((personIndex * 3 + index * 7) % 5) + 1,
      })),
    ),
  ];
  const trainingModules: TrainingModule[] = Array.from(
    { length: size.modules ?? 0 },
    (_, index) => ({
      ...row(`module-${index}`),
      title: `Module ${index + 1}`,
      family: index % 2 === 0 ? 'technical' : 'behavioural',
      competencyIds: competencies
        .filter((_, at) => at % Math.max(1, size.modules ?? 1) === index)
        .map((competency) => competency.id),
      roleIds: [],
      format: moduleFormats[index % moduleFormats.length]!,
      hours: 4 + index,
      startDate: `2027-0${(index % 6) + 1}-01`,
      endDate: `2027-0${(index % 6) + 1}-20`,
      trainer: `Trainer ${index + 1}`,
      status: index === 0 ? 'done' : 'planned',
      position: index,
    }),
  );
  return { trainingRoles, trainingPeople, competencies, competencyLevels, trainingModules };
}

function emptyGoLiveRows(): {
  goLivePlans: GoLivePlan[];
  rollouts: Rollout[];
  readinessItems: ReadinessItem[];
} {
  return { goLivePlans: [], rollouts: [], readinessItems: [] };
}

function makeGoLiveRows(row: RowBase, channels: readonly Channel[]) {
  const goLivePlans: GoLivePlan[] = [
    { ...row('go-live'), goLiveDate: '2027-09-01', pilotDate: '2027-06-01', notes: '' },
  ];
  const rollouts: Rollout[] = channels
    .filter((channel) => channel.status === 'planned')
    .map((channel, index) => ({
      ...row(`rollout-${index}`),
      channelId: channel.id,
      pilotDate: '2027-06-01',
      softLaunchDate: '2027-07-01',
      fullDate: index % 2 === 0 ? '2027-09-01' : null,
      notes: '',
    }));
  const readinessItems: ReadinessItem[] = [
    {
      ...row('ready-0'),
      catalogKey: 'tone-of-voice',
      label: '',
      answer: 'done',
      note: '',
      position: 0,
    },
    {
      ...row('ready-1'),
      catalogKey: null,
      label: 'Press release',
      answer: 'open',
      note: '',
      position: 1,
    },
  ];
  return { goLivePlans, rollouts, readinessItems };
}
