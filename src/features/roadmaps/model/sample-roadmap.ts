import type { GoalCatalogKey } from '../../goals';
import type { Theme } from '../../starting-point';
import type { ChannelKey } from '../../../lib/channel-catalogue';
import { channelCatalogue } from '../../channels';
import type { StageSlug } from '../../../lib/stages';
import { addMonths } from '../../../lib/calendar';
import { sampleJourneyRows, type SampleJourneyTexts } from '../../journey';
import { sampleKpiRows, type SampleKpiTexts } from '../../kpis';
import { sampleGoLiveRows, type SampleGoLiveTexts } from '../../go-live';
import { sampleTrainingRows, type SampleTrainingTexts } from '../../training';
import {
  roadmapFileFormat,
  roadmapFileVersion,
  type RoadmapFile,
} from '../../../core/file/roadmap-file';
import type { SampleContext } from '../../../core/sample-context';

interface SampleCompetitor {
  name: string;
  website: string;
  digital: string;
  culture: string;
}

interface SampleGoal {
  title: string;
  unit: string;
  benefit: string;
  description: string;
  owner: string;
}

export interface SampleTexts {
  name: string;
  company: string;
  author: string;
  notes: string;
  competitors: SampleCompetitor[];
  ownEvidence: Record<Theme, string>;
  assessors: string[];
  goals: SampleGoal[];
  demographicsSource: string;
  stageNotes: Partial<Record<StageSlug, string>>;
  kpis: SampleKpiTexts;
  journey: SampleJourneyTexts;
  training: SampleTrainingTexts;
  goLive: SampleGoLiveTexts;
}

/** Scores per subject (own first, then the 4 competitors), per assessor, as [digital, culture]. */
const sampleScores: [number, number][][] = [
  [
    [2, 4],
    [2, 3],
    [3, 4],
  ],
  [
    [5, 3],
    [4, 3],
    [5, 4],
  ],
  [
    [3, 2],
    [3, 1],
    [2, 2],
  ],
  [
    [2, 4],
    [1, 5],
    [2, 4],
  ],
  [
    [4, 4],
    [4, 5],
    [5, 4],
  ],
];

const sampleChannels: ChannelKey[][] = [
  ['phone', 'email', 'social'],
  ['phone', 'messaging', 'social', 'mobile-app', 'faq'],
  ['phone', 'live-chat', 'faq'],
  ['phone', 'email'],
  ['phone', 'email', 'live-chat', 'mobile-app', 'knowledge-base'],
];

const sampleGoalShape: {
  catalogKey: GoalCatalogKey;
  direction: 'increase' | 'decrease';
  baseline: number;
  target: number;
  months: number;
  priority: 'high' | 'medium';
}[] = [
  {
    catalogKey: 'fewer-calls',
    direction: 'decrease',
    baseline: 38_000,
    target: 29_000,
    months: 12,
    priority: 'high',
  },
  {
    catalogKey: 'faster-response',
    direction: 'decrease',
    baseline: 30,
    target: 6,
    months: 6,
    priority: 'high',
  },
  {
    catalogKey: 'lower-cost',
    direction: 'decrease',
    baseline: 4.8,
    target: 3.9,
    months: 18,
    priority: 'medium',
  },
];

/** Channels of the sample: [key, status, contacts/month, cost, performance, survey count of 200]. */
const sampleChannelRows: [
  ChannelKey,
  'in-use' | 'candidate' | 'planned',
  number | null,
  number | null,
  number | null,
  number,
][] = [
  ['phone', 'in-use', 38_000, 5.2, 3, 121],
  ['email', 'in-use', 9_000, 4.1, 2, 84],
  ['social', 'in-use', 2_500, 3, 2, 31],
  ['faq', 'in-use', 0, 0.15, 3, 66],
  ['live-chat', 'planned', 0, 3, null, 72],
  ['knowledge-base', 'planned', 0, 0.15, null, 58],
  ['messaging', 'candidate', null, null, null, 63],
  ['video-chat', 'candidate', null, null, null, 4],
];

/**
 * How the assessors spread their three dots in the sample's dot-votes, by option in order: on the
 * goals, and on the channels still to come (live chat, knowledge base, messaging, video chat).
 */
const sampleGoalDots = [
  [2, 1, 0],
  [1, 0, 2],
  [1, 1, 1],
];
const sampleChannelDots: [ChannelKey, number[]][] = [
  ['live-chat', [1, 2, 1]],
  ['knowledge-base', [1, 0, 1]],
  ['messaging', [1, 1, 1]],
];

/**
 * The sample roadmap: an invented regional airline, written in the current language. It is built
 * as a roadmap file and goes through the normal import, so it is validated like any other file.
 */
export function buildSampleRoadmapFile(texts: SampleTexts, now: Date = new Date()): RoadmapFile {
  const stamp = now.toISOString();
  const roadmapId = 'sample-roadmap';
  const row = (id: string) => ({
    id: `sample-${id}`,
    roadmapId,
    createdAt: stamp,
    updatedAt: stamp,
  });
  const workshop = new Date(now.getTime() - 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const subjects = [
    {
      name: texts.company,
      website: '',
      digital: texts.ownEvidence.digital,
      culture: texts.ownEvidence.culture,
    },
    ...texts.competitors,
  ].map((subject, index) => ({
    ...row(`subject-${index}`),
    kind: index === 0 ? ('own' as const) : ('competitor' as const),
    name: subject.name,
    website: subject.website,
    notes: '',
    evidence: { digital: subject.digital, culture: subject.culture },
    offeredChannels: sampleChannels[index] ?? [],
    position: index,
  }));
  const assessors = texts.assessors.map((name, index) => ({
    ...row(`assessor-${index}`),
    name,
    position: index,
  }));
  const scores = subjects.flatMap((subject, subjectIndex) =>
    assessors.flatMap((assessor, assessorIndex) => {
      const [digital, culture] = sampleScores[subjectIndex]?.[assessorIndex] ?? [3, 3];
      return [
        {
          ...row(`score-${subjectIndex}-${assessorIndex}-d`),
          subjectId: subject.id,
          assessorId: assessor.id,
          theme: 'digital' as const,
          value: digital,
        },
        {
          ...row(`score-${subjectIndex}-${assessorIndex}-c`),
          subjectId: subject.id,
          assessorId: assessor.id,
          theme: 'culture' as const,
          value: culture,
        },
      ];
    }),
  );
  const goals = texts.goals.map((goal, index) => {
    const shape = sampleGoalShape[index] ?? sampleGoalShape[0]!;
    return {
      ...row(`goal-${index}`),
      catalogKey: shape.catalogKey,
      title: goal.title,
      description: goal.description,
      direction: shape.direction,
      baseline: shape.baseline,
      target: shape.target,
      unit: goal.unit,
      startDate: workshop,
      deadline: addMonths(workshop, shape.months),
      benefit: goal.benefit,
      priority: shape.priority,
      owner: goal.owner,
      position: index,
    };
  });
  const channels = sampleChannelRows.map(([key, status, contacts, cost, performance], index) => ({
    ...row(`channel-${key}`),
    catalogKey: key,
    name: '',
    interaction: channelCatalogue[key].interaction,
    humanTouch: channelCatalogue[key].humanTouch,
    status,
    rejectionReason: '',
    monthlyContacts: contacts,
    costPerContact: cost,
    responseTimeHours: key === 'email' ? 48 : key === 'social' ? 30 : key === 'phone' ? 0.1 : null,
    satisfaction: key === 'phone' ? 78 : key === 'email' ? 61 : key === 'social' ? 55 : null,
    performance,
    position: index,
  }));
  const goalVotes = assessors.flatMap((assessor, person) =>
    (sampleGoalDots[person] ?? []).flatMap((dots, index) => {
      const goal = goals[index];
      if (!goal || dots === 0) return [];
      return [
        { ...row(`goal-vote-${person}-${index}`), voter: assessor.name, optionId: goal.id, dots },
      ];
    }),
  );
  const channelVotes = assessors.flatMap((assessor, person) =>
    sampleChannelDots.flatMap(([key, byPerson]) => {
      const dots = byPerson[person] ?? 0;
      if (dots === 0) return [];
      const optionId = `sample-channel-${key}`;
      return [{ ...row(`channel-vote-${person}-${key}`), voter: assessor.name, optionId, dots }];
    }),
  );
  const survey = {
    ...row('survey'),
    respondents: 200,
    answers: sampleChannelRows.map(([key, , , , , count]) => ({
      channelId: `sample-channel-${key}`,
      count,
      reasons: '',
    })),
  };
  const context: SampleContext = {
    row,
    today: stamp.slice(0, 10),
    workshop,
    goals,
    channels,
  };
  const { kpis, measurements } = sampleKpiRows(context, texts.kpis);
  const { journeyPhases, touchpoints } = sampleJourneyRows(context, kpis, texts.journey);
  const training = sampleTrainingRows(context, texts.training);
  const goLive = sampleGoLiveRows(context, texts.goLive);
  return {
    format: roadmapFileFormat,
    version: roadmapFileVersion(),
    exportedAt: stamp,
    roadmap: {
      id: roadmapId,
      name: texts.name,
      company: texts.company,
      workshopDate: workshop,
      author: texts.author,
      notes: texts.notes,
      createdAt: stamp,
      updatedAt: stamp,
    },
    rows: {
      stageNotes: Object.entries(texts.stageNotes).map(([stage, text]) => ({
        ...row(`note-${stage}`),
        stage: stage as StageSlug,
        text,
      })),
      subjects,
      assessors,
      scores,
      goals,
      goalVotes,
      channels,
      channelVotes,
      demographics: [
        {
          ...row('demographics'),
          shares: { silent: 4, boomers: 31, genX: 45, genY: 20 },
          overrides: null,
          source: texts.demographicsSource,
        },
      ],
      surveys: [survey],
      savingsPlans: [
        {
          ...row('savings'),
          shifts: [
            {
              fromChannelId: 'sample-channel-phone',
              toChannelId: 'sample-channel-knowledge-base',
              sharePercent: 20,
            },
            {
              fromChannelId: 'sample-channel-email',
              toChannelId: 'sample-channel-live-chat',
              sharePercent: 10,
            },
          ],
          // A knowledge base and a chat that leave one moved contact in four unresolved.
          failureRatePercent: 25,
          failureSharePercent: 54,
        },
      ],
      kpis,
      measurements,
      journeyPhases,
      touchpoints,
      ...training,
      ...goLive,
    },
  };
}
