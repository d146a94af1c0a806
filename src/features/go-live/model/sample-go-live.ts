import { addMonths } from '../../../lib/calendar';
import type { SampleContext } from '../../../core/sample-context';
import { sampleGoLiveDate } from '../../training';
import type { GoLivePlan, ReadinessCatalogKey, ReadinessItem, Rollout } from './go-live';

/** Sample texts for stage 7, from the language catalog (`sampleGoLive`). */
export interface SampleGoLiveTexts {
  notes: string;
  /** One note per rollout, in the order of the planned channels. */
  rolloutNotes: readonly string[];
  toneNote: string;
  escalationNote: string;
  ownItem: string;
}

/** Months after the workshop for each planned channel's pilot, soft launch and full launch. */
const rolloutMonths: Record<string, [number | null, number | null, number | null]> = {
  'sample-channel-knowledge-base': [null, 3, 5],
  'sample-channel-live-chat': [4, 5, 6],
};

/**
 * Launch six months after the workshop with a pilot a month before; the checklist is in
 * progress: the tone-of-voice guide is done, escalation rules are still open.
 */
export function sampleGoLiveRows(context: SampleContext, texts: SampleGoLiveTexts) {
  const goLiveDate = sampleGoLiveDate(context.workshop);
  const goLivePlans: GoLivePlan[] = [
    {
      ...context.row('go-live'),
      goLiveDate,
      pilotDate: addMonths(context.workshop, 5),
      notes: texts.notes,
    },
  ];
  const at = (months: number | null) =>
    months === null ? null : addMonths(context.workshop, months);
  const rollouts: Rollout[] = context.channels
    .filter((channel) => channel.status === 'planned' && rolloutMonths[channel.id])
    .map((channel, index) => {
      const [pilot, soft, full] = rolloutMonths[channel.id]!;
      return {
        ...context.row(`rollout-${channel.catalogKey ?? index}`),
        channelId: channel.id,
        pilotDate: at(pilot),
        softLaunchDate: at(soft),
        fullDate: at(full),
        notes: texts.rolloutNotes[index] ?? '',
      };
    });
  const answer = (
    key: ReadinessCatalogKey,
    position: number,
    value: ReadinessItem['answer'],
    note: string,
  ): ReadinessItem => ({
    ...context.row(`ready-${key}`),
    catalogKey: key,
    label: '',
    answer: value,
    note,
    position,
  });
  const readinessItems: ReadinessItem[] = [
    answer('tone-of-voice', 0, 'done', texts.toneNote),
    answer('escalation-rules', 1, 'open', texts.escalationNote),
    {
      ...context.row('ready-own-0'),
      catalogKey: null,
      label: texts.ownItem,
      answer: 'open',
      note: '',
      position: 2,
    },
  ];
  return { goLivePlans, rollouts, readinessItems };
}
