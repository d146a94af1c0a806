import type { RoadmapFile } from '../../../core/file/roadmap-file';
import { expectedPreferenceFor, expectedPreferences, surveyShares } from '../../channels';

/**
 * Stage 3's evidence for the deck, by channel id: the share of survey respondents who chose each
 * channel, and the share the customers' age mix leads one to expect (where the channel belongs to
 * a reference group), both in percent.
 */
export function channelChoice({ rows }: Pick<RoadmapFile, 'rows'>) {
  const survey = surveyShares(rows.surveys[0]);
  const preferences = rows.demographics[0]
    ? expectedPreferences(rows.demographics[0].shares)
    : null;
  const expected = new Map<string, number>();
  for (const channel of rows.channels) {
    const share = expectedPreferenceFor(channel.catalogKey, preferences);
    if (share !== null) expected.set(channel.id, share);
  }
  return { survey, expected };
}
