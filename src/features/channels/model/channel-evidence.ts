import { channelKeys, type ChannelKey } from '../../../lib/channel-catalogue';
import type { Channel, Demographics, Survey } from './channel';
import {
  channelVerdict,
  competitorCounts,
  expectedPreferenceFor,
  expectedPreferences,
  surveyShares,
  type Verdict,
} from './evidence';
import { referencePreferences, type PreferenceTable } from './reference-preferences';

/** The catalogue channels not in the roadmap yet, in catalogue order. */
export function availableCatalogueKeys(
  channels: readonly Pick<Channel, 'catalogKey'>[],
): ChannelKey[] {
  const taken = new Set(channels.map((channel) => channel.catalogKey));
  return channelKeys.filter((key) => !taken.has(key));
}

/** The preference table in force: the user's own figures, or the reference. */
export function preferenceTable(demographics: Demographics | null | undefined): PreferenceTable {
  return demographics?.overrides ?? referencePreferences;
}

export interface EvidenceRow {
  channel: Channel;
  /** Percent of surveyed customers preferring it; null without a survey or when not asked. */
  surveyShare: number | null;
  /** The survey exists but did not offer this channel (it has no answer row for it). */
  surveyNotAsked: boolean;
  /** Percent expected from the age mix; null without demographics or a reference group. */
  expectedShare: number | null;
  /** How many competitors offer it; null for custom channels (competitors list catalogue keys). */
  competitorsOffering: number | null;
  competitorsTotal: number;
  /** Only for the initial idea (candidate and planned channels). */
  verdict: Verdict | null;
}

export const isInitialIdea = (channel: Pick<Channel, 'status'>) =>
  channel.status === 'candidate' || channel.status === 'planned';

/** Everything the evidence table and the chart show, one row per channel. */
export function evidenceRows(data: {
  channels: readonly Channel[];
  demographics: Demographics | null;
  survey: Survey | null;
  competitors: readonly { kind: string; offeredChannels: readonly ChannelKey[] }[];
}): EvidenceRow[] {
  const hasSurvey = (data.survey?.respondents ?? 0) > 0;
  const survey = surveyShares(data.survey);
  const expected = data.demographics
    ? expectedPreferences(data.demographics.shares, preferenceTable(data.demographics))
    : null;
  const competitors = competitorCounts(data.competitors);
  const competitorsTotal = data.competitors.filter((row) => row.kind === 'competitor').length;
  return data.channels.map((channel) => ({
    channel,
    surveyShare: hasSurvey ? (survey.get(channel.id) ?? null) : null,
    surveyNotAsked: hasSurvey && !survey.has(channel.id),
    expectedShare: expectedPreferenceFor(channel.catalogKey, expected),
    competitorsOffering: channel.catalogKey ? (competitors.get(channel.catalogKey) ?? 0) : null,
    competitorsTotal,
    verdict: isInitialIdea(channel)
      ? channelVerdict(channel, { survey, hasSurvey, expected, competitors, competitorsTotal })
      : null,
  }));
}

/**
 * The catalog keys of a verdict's reason: the evidence part ("planned, but only 3% of surveyed
 * customers would use it"), whether the survey left the channel out, and, when there are
 * competitors, the competitor part.
 */
export function verdictReasonKeys(verdict: Verdict): {
  evidence: string;
  notAsked: 'reason.notAsked' | null;
  competitors: 'competitorsOffer' | null;
} {
  const evidence =
    verdict.kind === 'no-evidence' || verdict.basis === null
      ? 'reason.noEvidence'
      : `reason.${verdict.kind}.${verdict.basis}`;
  return {
    evidence,
    notAsked: verdict.notAskedInSurvey ? 'reason.notAsked' : null,
    competitors: verdict.competitorsTotal > 0 ? 'competitorsOffer' : null,
  };
}
