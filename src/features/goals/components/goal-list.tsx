import { useTranslation } from '../../../components/ui/translation';
import type { Goal } from '../model/goal';
import { sortGoalsByDeadline } from '../model/goal-order';
import { GoalCard } from './goal-card';
import { useGoalDeletion } from './use-goal-deletion';

export interface GoalListProps {
  roadmapId: string;
  goals: readonly Goal[];
}

/** The goals, nearest deadline first; goals still without a deadline close the list. */
export function GoalList({ roadmapId, goals }: GoalListProps) {
  const { t } = useTranslation();
  const deleteGoal = useGoalDeletion(roadmapId);
  return (
    <section className="goal-list-section" aria-labelledby="goal-list-title">
      <h2 id="goal-list-title">
        {t('goals.listHeading')}{' '}
        <span className="goal-count">({t('goals.count', { count: goals.length })})</span>
      </h2>
      <ol className="goal-list">
        {sortGoalsByDeadline(goals).map((goal) => (
          <li key={goal.id}>
            <GoalCard roadmapId={roadmapId} goal={goal} onDelete={(g) => void deleteGoal(g)} />
          </li>
        ))}
      </ol>
    </section>
  );
}
