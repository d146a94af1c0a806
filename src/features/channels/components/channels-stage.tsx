import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useToast } from '../../../components/ui/toasts';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { describeStorageError } from '../../../lib/storage-errors';
import { DotVotePanel } from '../../workshop';
import { channelBallot, channelsQueries } from '../api/channels-queries';
import { useChannelName } from './channel-names';
import { ChannelList } from './channel-list';
import { ChannelWarnings } from './channel-warnings';
import { DemographicsPanel } from './demographics-panel';
import { EvidencePanel } from './evidence-panel';
import { SavingsPanel } from './savings-panel';
import { SurveyPanel } from './survey-panel';
import './channels.css';

export interface ChannelsStageProps {
  roadmapId: string;
}

/** Stage 3: channels chosen on evidence (age mix, survey, competitors) and the savings they bring. */
export function ChannelsStage({ roadmapId }: ChannelsStageProps) {
  const toast = useToast();
  const problemText = useProblemText();
  const { data } = useQuery(channelsQueries.detail(roadmapId));
  const channelName = useChannelName();
  // The room votes on the channels still to come: candidates and planned ones.
  const voteOptions = useMemo(
    () =>
      (data?.channels ?? [])
        .filter((channel) => channel.status === 'candidate' || channel.status === 'planned')
        .map((channel) => ({ id: channel.id, label: channelName(channel) })),
    [data, channelName],
  );
  const report = useCallback(
    (error: unknown) => toast({ tone: 'error', message: problemText(describeStorageError(error)) }),
    [toast, problemText],
  );

  if (!data) return <p className="loading-inline" aria-busy="true" />;

  return (
    <div className="channels-stage">
      {/* What the room came for first: the verdicts on the evidence and the savings; then the
          checks and the editing panels behind them. */}
      <EvidencePanel data={data} />
      <SavingsPanel roadmapId={roadmapId} data={data} />
      <DotVotePanel roadmapId={roadmapId} ballot={channelBallot} options={voteOptions} />
      <ChannelWarnings channels={data.channels} />
      {/* Folded, the editing panels sit side by side; one that is open takes the whole width. */}
      <div className="channels-editing">
        <ChannelList roadmapId={roadmapId} channels={data.channels} onError={report} />
        <DemographicsPanel key={`demographics-${roadmapId}`} roadmapId={roadmapId} data={data} />
        <SurveyPanel roadmapId={roadmapId} data={data} />
      </div>
    </div>
  );
}
