import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { journeyQueries } from '../api/journey-queries';
import { ChannelDeviceTable } from './channel-device-table';
import { JourneyEmpty } from './journey-empty';
import { JourneyMap } from './journey-map';
import { useJourneyActions } from './use-journey-actions';
import { useJourneyLabels } from './use-journey-labels';
import './journey.css';

export interface JourneyStageProps {
  roadmapId: string;
}

/** While set on <html>, printing uses the journey's own A3 landscape page (see journey.css). */
const printClass = 'print-journey-map';

const noData = { phases: [], touchpoints: [], channels: [], kpis: [] };

/** Stage 5: the customer journey map, phase by phase, and where each channel is used. */
export function JourneyStage({ roadmapId }: JourneyStageProps) {
  const { data } = useQuery(journeyQueries.detail(roadmapId));
  const actions = useJourneyActions(roadmapId);
  const labels = useJourneyLabels(data ?? noData);

  // The stylesheet stays loaded after leaving the stage, so its page size must be switched off
  // with the stage: other pages keep printing on their own paper.
  useEffect(() => {
    document.documentElement.classList.add(printClass);
    return () => document.documentElement.classList.remove(printClass);
  }, []);

  if (!data) return <p className="loading-inline" aria-busy="true" />;
  if (data.phases.length === 0)
    return (
      <div className="journey-stage">
        <JourneyEmpty actions={actions} />
      </div>
    );
  return (
    <div className="journey-stage">
      <JourneyMap roadmapId={roadmapId} data={data} labels={labels} actions={actions} />
      <ChannelDeviceTable data={data} labels={labels} />
    </div>
  );
}
