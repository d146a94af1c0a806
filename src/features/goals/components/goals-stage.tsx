import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { isoDay } from '../../../lib/dates';
import { DotVotePanel } from '../../workshop';
import { goalBallot, goalQueries } from '../api/goals-queries';
import { useLaunchMarkers } from './use-launch-markers';
import { timelineLayout, type TimelineMarker } from '../model/timeline';
import { GoalList } from './goal-list';
import { GoalTimeline } from './goal-timeline';
import { NewGoalPanel } from './new-goal-panel';
import './goals.css';

export interface GoalsStageProps {
  roadmapId: string;
  /** Shown above the goals: the starting point's gaps, composed in by the app. */
  context?: ReactNode;
  /** Extra dates for the timeline, such as the go-live date, composed in by the app. */
  markers?: TimelineMarker[];
}

/** Stage 2: goals with targets, deadlines and benefits, listed and drawn on a timeline. */
export function GoalsStage({ roadmapId, context, markers }: GoalsStageProps) {
  const { t } = useTranslation();
  const { data: goals, isPending } = useQuery(goalQueries.list(roadmapId));
  const [isAdding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const today = isoDay();
  const launchMarkers = useLaunchMarkers(roadmapId);
  const allMarkers = useMemo(
    () => [...(markers ?? []), ...launchMarkers],
    [markers, launchMarkers],
  );
  const voteOptions = useMemo(
    () => (goals ?? []).map((goal) => ({ id: goal.id, label: goal.title })),
    [goals],
  );
  const layout = useMemo(
    () => timelineLayout(goals ?? [], today, allMarkers),
    [goals, today, allMarkers],
  );

  // As every stage: one placeholder until the goals are read, not a toolbar that the timeline
  // then pushes down (the first paint waits for it too: app/first-paint.ts).
  if (isPending) return <p className="loading-inline" aria-busy="true" />;

  const closePanel = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <div className="goals-stage">
      {/* What the room came for first: the timeline; then the starting point's gaps and the goals. */}
      {goals && goals.length > 0 ? <GoalTimeline layout={layout} /> : null}
      {goals && goals.length > 0 ? (
        <DotVotePanel roadmapId={roadmapId} ballot={goalBallot} options={voteOptions} />
      ) : null}
      {context}
      <div className="goals-toolbar">
        <button
          ref={addButton}
          type="button"
          className="button button-primary"
          aria-expanded={isAdding}
          onClick={() => setAdding(true)}
        >
          <span aria-hidden="true">+</span> {t('goals.addGoal')}
        </button>
      </div>
      {isAdding ? <NewGoalPanel roadmapId={roadmapId} onClose={closePanel} /> : null}
      {goals && goals.length > 0 ? (
        <GoalList roadmapId={roadmapId} goals={goals} />
      ) : goals && !isAdding ? (
        <section className="goal-panel goal-empty" aria-labelledby="goal-empty-title">
          <h2 id="goal-empty-title">{t('goals.emptyTitle')}</h2>
          <p>{t('goals.emptyBody')}</p>
        </section>
      ) : null}
    </div>
  );
}
