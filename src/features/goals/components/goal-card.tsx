import { useRef, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Dialog } from '../../../components/ui/dialog';
import { formatNumber } from '../../../core/numbers';
import { formatDate } from '../../../lib/format';
import type { Goal } from '../model/goal';
import { GoalEditor } from './goal-editor';

export interface GoalCardProps {
  roadmapId: string;
  goal: Goal;
  onDelete: (goal: Goal) => void;
}

/** One goal as the room reads it: the numbers, the deadline and, largest, what it brings. */
export function GoalCard({ roadmapId, goal, onDelete }: GoalCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [isEditing, setEditing] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const number = (value: number | null) =>
    value === null ? t('goals.notSet') : formatNumber(value, language, 'measure');
  const titleId = `goal-${goal.id}-title`;

  return (
    <article className={`goal-card goal-priority-${goal.priority}`} aria-labelledby={titleId}>
      <header className="goal-card-header">
        <h3 id={titleId}>{goal.title}</h3>
        <span className="goal-badge">{t(`goals.priorityBadge.${goal.priority}`)}</span>
      </header>
      <p className="goal-measure">
        <span className="goal-direction">{t(`goals.directionArrows.${goal.direction}`)}</span>{' '}
        <span className="goal-numbers">
          {t('goals.measure', { baseline: number(goal.baseline), target: number(goal.target) })}
          {goal.unit ? ` ${goal.unit}` : ''}
        </span>
      </p>
      <p className="goal-when">
        <strong>
          {goal.deadline
            ? t('goals.deadlineOn', { date: formatDate(goal.deadline, language) })
            : t('goals.noDeadline')}
        </strong>
        {goal.startDate ? (
          <span className="muted">
            {' '}
            · {t('goals.startOn', { date: formatDate(goal.startDate, language) })}
          </span>
        ) : null}
      </p>
      <div className="goal-benefit">
        <p className="goal-benefit-label">{t('goals.benefitLabel')}</p>
        <p className="goal-benefit-text">{goal.benefit}</p>
      </div>
      {goal.description ? <p className="goal-description">{goal.description}</p> : null}
      {goal.owner ? (
        <p className="goal-owner">{t('goals.ownerIs', { owner: goal.owner })}</p>
      ) : null}
      {isEditing ? (
        <GoalEditor
          roadmapId={roadmapId}
          goal={goal}
          onDone={() => {
            setEditing(false);
            // The editor goes away; focus returns to the button that opened it.
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <div className="goal-actions">
          <button
            ref={editButton}
            type="button"
            className="button button-small"
            aria-label={t('goals.editGoal', { title: goal.title })}
            onClick={() => setEditing(true)}
          >
            {t('goals.edit')}
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            aria-label={t('goals.deleteGoal', { title: goal.title })}
            onClick={() => setConfirming(true)}
          >
            {t('goals.delete')}
          </button>
        </div>
      )}
      <Dialog
        open={isConfirming}
        title={t('goals.confirmDeleteTitle', { title: goal.title })}
        onClose={() => setConfirming(false)}
      >
        <p>{t('goals.confirmDeleteBody')}</p>
        <div className="form-actions">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setConfirming(false)}
          >
            {t('goals.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setConfirming(false);
              onDelete(goal);
            }}
          >
            {t('goals.delete')}
          </button>
        </div>
      </Dialog>
    </article>
  );
}
