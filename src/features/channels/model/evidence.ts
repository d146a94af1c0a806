import type { ChannelKey } from '../../../lib/channel-catalogue';
import type { Channel, Demographics, Survey } from './channel';
import { channelCatalogue } from './channel-catalogue';
import {
  generationIds,
  referenceGroupIds,
  referencePreferences,
  type PreferenceTable,
  type ReferenceGroupId,
} from './reference-preferences';

/** Sum of the recorded generation shares; the UI says so when it is not 100. */
export function sharesTotal(shares: Demographics['shares']): number {
  return generationIds.reduce((sum, id) => sum + (shares[id] ?? 0), 0);
}

export function hasDemographics(demographics: Demographics | null | undefined): boolean {
  return (
    demographics !== null &&
    demographics !== undefined &&
    Math.abs(sharesTotal(demographics.shares) - 100) < 0.05
  );
}

/**
 * Expected share of customers preferring each channel group: the share-weighted mean of the
 * preference table over the generations (50% boomers + 50% generation Y gives phone 44.5%).
 */
export function expectedPreferences(
  shares: Demographics['shares'],
  table: PreferenceTable = referencePreferences,
): Record<ReferenceGroupId, number> | null {
  const total = sharesTotal(shares);
  if (total <= 0) return null;
  const result = {} as Record<ReferenceGroupId, number>;
  for (const group of referenceGroupIds) {
    result[group] =
      generationIds.reduce((sum, id) => sum + (shares[id] ?? 0) * table[group][id], 0) / total;
  }
  return result;
}

/** The expected preference for one catalogue channel, through its reference group. */
export function expectedPreferenceFor(
  catalogKey: ChannelKey | null,
  expected: Record<ReferenceGroupId, number> | null,
): number | null {
  if (!catalogKey || !expected) return null;
  const group = channelCatalogue[catalogKey].referenceGroup;
  return group ? expected[group] : null;
}

/**
 * Survey share (percent of respondents) per channel row id. A channel without an answer row was
 * not a choice in the survey and has no entry.
 */
export function surveyShares(survey: Survey | null | undefined): Map<string, number> {
  const shares = new Map<string, number>();
  if (!survey || survey.respondents <= 0) return shares;
  for (const answer of survey.answers)
    shares.set(answer.channelId, (answer.count / survey.respondents) * 100);
  return shares;
}

/** How many competitors (from stage 1) offer each catalogue channel. */
export function competitorCounts(
  subjects: readonly { kind: string; offeredChannels: readonly ChannelKey[] }[],
): Map<ChannelKey, number> {
  const counts = new Map<ChannelKey, number>();
  for (const subject of subjects) {
    if (subject.kind !== 'competitor') continue;
    for (const key of subject.offeredChannels) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export type VerdictKind = 'supported' | 'weak' | 'contradicted' | 'no-evidence';

export interface Verdict {
  kind: VerdictKind;
  /**
   * Which evidence decided: the survey wins over demographics when both exist and the survey
   * asked about the channel.
   */
  basis: 'survey' | 'demographics' | null;
  /** True when there is a survey but it did not offer this channel as a choice. */
  notAskedInSurvey: boolean;
  share: number | null;
  competitorsOffering: number;
  competitorsTotal: number;
}

/** Thresholds in percent of customers: at least 25 supports a channel, under 10 contradicts it. */
export const supportThreshold = 25;
export const contradictThreshold = 10;

export function channelVerdict(
  channel: Pick<Channel, 'id' | 'catalogKey'>,
  evidence: {
    survey: Map<string, number>;
    hasSurvey: boolean;
    expected: Record<ReferenceGroupId, number> | null;
    competitors: Map<ChannelKey, number>;
    competitorsTotal: number;
  },
): Verdict {
  const competitorsOffering = channel.catalogKey
    ? (evidence.competitors.get(channel.catalogKey) ?? 0)
    : 0;
  // A channel the survey did not offer has no answer row: its silence says nothing about it.
  const surveyShare = evidence.hasSurvey ? evidence.survey.get(channel.id) : undefined;
  const base = {
    competitorsOffering,
    competitorsTotal: evidence.competitorsTotal,
    notAskedInSurvey: evidence.hasSurvey && surveyShare === undefined,
  };
  let share: number | null = null;
  let basis: Verdict['basis'] = null;
  if (surveyShare !== undefined) {
    share = surveyShare;
    basis = 'survey';
  } else {
    share = expectedPreferenceFor(channel.catalogKey, evidence.expected);
    basis = share === null ? null : 'demographics';
  }
  if (share === null) return { kind: 'no-evidence', basis: null, share: null, ...base };
  const kind: VerdictKind =
    share >= supportThreshold ? 'supported' : share < contradictThreshold ? 'contradicted' : 'weak';
  return { kind, basis, share, ...base };
}

/** Channels in use that work poorly (below 3 of 5): the method says fix these before adding new ones. */
export function channelsToOptimiseFirst(channels: readonly Channel[]): Channel[] {
  return channels.filter(
    (channel) =>
      channel.status === 'in-use' && channel.performance !== null && channel.performance < 3,
  );
}

/** True when no planned or in-use channel lets a customer reach a person. */
export function lacksHumanTouch(channels: readonly Channel[]): boolean {
  return !channels.some(
    (channel) =>
      (channel.status === 'in-use' || channel.status === 'planned') && channel.humanTouch,
  );
}

/** Stage 3 is complete when a channel is planned and demographics or a survey are recorded. */
export function isChannelsStageComplete(
  channels: readonly Channel[],
  demographics: Demographics | null | undefined,
  survey: Survey | null | undefined,
): boolean {
  const hasPlanned = channels.some((channel) => channel.status === 'planned');
  const hasEvidence = hasDemographics(demographics) || (survey?.respondents ?? 0) > 0;
  return hasPlanned && hasEvidence;
}
