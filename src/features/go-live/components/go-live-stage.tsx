import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { goLiveQueries } from '../api/go-live-queries';
import { readinessChecklist } from '../model/readiness-checklist';
import { GoLiveEmpty } from './go-live-empty';
import { goLiveDateFieldId, LaunchPanel } from './launch-panel';
import { ReadinessPanel } from './readiness-panel';
import { RolloutPanel } from './rollout-panel';
import { useGoLiveActions } from './use-go-live-actions';
import './go-live.css';

export interface GoLiveStageProps {
  roadmapId: string;
}

/** Stage 7: the launch date, each planned channel's rollout, and how ready the team is. */
export function GoLiveStage({ roadmapId }: GoLiveStageProps) {
  const { data } = useQuery(goLiveQueries.detail(roadmapId));
  const actions = useGoLiveActions(roadmapId);
  const [isStarted, setStarted] = useState(false);
  const checklist = useMemo(
    () => (data ? readinessChecklist(data.items, data.evidence) : null),
    [data],
  );

  if (!data || !checklist) return <p className="loading-inline" aria-busy="true" />;
  const isEmpty =
    data.plan === null && data.rollouts.length === 0 && data.items.length === 0 && !isStarted;
  if (isEmpty) {
    const start = () => {
      setStarted(true);
      // The first thing to do is the date: take the user straight to it.
      requestAnimationFrame(() =>
        document.querySelector<HTMLInputElement>(`#${goLiveDateFieldId} input`)?.focus(),
      );
    };
    return (
      <div className="go-live-stage">
        <GoLiveEmpty onStart={start} />
      </div>
    );
  }

  return (
    <div className="go-live-stage">
      {/* What the room came for first: the countdown and readiness; then the rollout plan. */}
      <LaunchPanel plan={data.plan} actions={actions} />
      <ReadinessPanel
        roadmapId={roadmapId}
        checklist={checklist}
        items={data.items}
        actions={actions}
      />
      <RolloutPanel roadmapId={roadmapId} data={data} actions={actions} />
    </div>
  );
}
