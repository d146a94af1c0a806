import type { ChannelKey } from '../../../lib/channel-catalogue';
import type { SampleContext } from '../../../core/sample-context';
import type { Kpi, KpiCatalogKey } from '../../kpis';
import type { DeviceKey, JourneyPhase, Touchpoint } from './journey';

interface SampleJourneyPhaseTexts {
  name: string;
  doing: string;
  expecting: string;
  painPoints: string;
  opportunities: string;
  touchpoints: readonly string[];
}

type OwnerKey = 'social' | 'web' | 'contact' | 'airport' | 'crew' | 'digital';

/** Sample texts for stage 5, from the language catalog (`sampleJourney`). */
export interface SampleJourneyTexts {
  phases: readonly SampleJourneyPhaseTexts[];
  owners: Record<OwnerKey, string>;
}

/** A touchpoint's shape: channel (none for the website, the desk, the crew), device, owner, KPI. */
type TouchpointShape = [ChannelKey | null, DeviceKey, OwnerKey, KpiCatalogKey | null];

/**
 * The airline's passenger journey, phase by phase, in the order of the texts. The feeling dips at
 * the airport (delays, queues) and again after landing (lost bags): where the plan should act.
 */
const samplePhases: { emotion: number; touchpoints: TouchpointShape[] }[] = [
  {
    emotion: 1,
    touchpoints: [
      ['social', 'smartphone', 'social', 'first-response-time'],
      ['faq', 'smartphone', 'digital', 'helpful-share'],
      [null, 'pc', 'web', null],
    ],
  },
  {
    emotion: 0,
    touchpoints: [
      [null, 'pc', 'web', null],
      ['phone', 'phone', 'contact', 'contacts-per-channel'],
      ['email', 'pc', 'web', null],
      ['live-chat', 'pc', 'contact', null],
    ],
  },
  {
    emotion: 1,
    touchpoints: [
      [null, 'smartphone', 'digital', null],
      ['knowledge-base', 'smartphone', 'digital', 'deflection'],
      ['email', 'pc', 'contact', 'first-contact-resolution'],
    ],
  },
  {
    emotion: -2,
    touchpoints: [
      [null, 'kiosk', 'airport', null],
      [null, 'in-person', 'airport', null],
      ['phone', 'phone', 'contact', 'contacts-per-channel'],
      ['social', 'smartphone', 'social', 'first-response-time'],
    ],
  },
  {
    emotion: 1,
    touchpoints: [
      [null, 'in-person', 'crew', 'csat'],
      [null, 'smartphone', 'digital', null],
    ],
  },
  {
    emotion: -1,
    touchpoints: [
      [null, 'in-person', 'airport', null],
      ['phone', 'phone', 'contact', 'first-contact-resolution'],
      ['email', 'pc', 'contact', null],
      ['email', 'pc', 'contact', 'csat'],
    ],
  },
];

/**
 * Stage 5 of the sample roadmap: a six-phase airline journey with touchpoints and emotions.
 * Touchpoints name the sample's channels only when they exist, and the KPI of the matching
 * catalogue entry when stage 4 has one; otherwise they go without, and the file stays valid.
 */
export function sampleJourneyRows(
  context: SampleContext,
  kpis: readonly Kpi[],
  texts: SampleJourneyTexts,
): { journeyPhases: JourneyPhase[]; touchpoints: Touchpoint[] } {
  const channelIds = new Set(context.channels.map((channel) => channel.id));
  const channelId = (key: ChannelKey | null) => {
    const id = key === null ? null : `sample-channel-${key}`;
    return id !== null && channelIds.has(id) ? id : null;
  };
  const kpiId = (key: KpiCatalogKey | null) =>
    (key === null ? undefined : kpis.find((kpi) => kpi.catalogKey === key)?.id) ?? null;
  const journeyPhases: JourneyPhase[] = [];
  const touchpoints: Touchpoint[] = [];
  texts.phases.forEach((phaseTexts, phaseIndex) => {
    const shape = samplePhases[phaseIndex];
    const phase: JourneyPhase = {
      ...context.row(`phase-${phaseIndex}`),
      name: phaseTexts.name,
      position: phaseIndex,
      lanes: {
        doing: phaseTexts.doing,
        expecting: phaseTexts.expecting,
        painPoints: phaseTexts.painPoints,
        opportunities: phaseTexts.opportunities,
      },
      emotion: shape?.emotion ?? null,
      emotionNote: '',
    };
    journeyPhases.push(phase);
    phaseTexts.touchpoints.forEach((description, index) => {
      const [channel, device, owner, kpi] = shape?.touchpoints[index] ?? [
        null,
        'smartphone',
        'contact',
        null,
      ];
      touchpoints.push({
        ...context.row(`touchpoint-${phaseIndex}-${index}`),
        phaseId: phase.id,
        channelId: channelId(channel),
        device,
        description,
        owner: texts.owners[owner],
        kpiId: kpiId(kpi),
        position: index,
      });
    });
  });
  return { journeyPhases, touchpoints };
}
