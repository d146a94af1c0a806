import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { AutosaveField } from '../../../core/kit/autosave-field';
import { saveTarget } from '../../../core/kit/save-target';
import { Dialog } from '../../../components/ui/dialog';
import { updatePhaseWrite } from '../api/use-journey-mutations';
import type { JourneyPhase } from '../model/journey';

export interface PhaseHeaderProps {
  roadmapId: string;
  phase: JourneyPhase;
  index: number;
  count: number;
  touchpointCount: number;
  onMove: (phaseId: string, toIndex: number) => unknown;
  onDelete: (phase: JourneyPhase) => unknown;
}

/** A phase's column head: its name (edited in place), and the ways to move or delete it. */
export const PhaseHeader = memo(function PhaseHeader({
  roadmapId,
  phase,
  index,
  count,
  touchpointCount,
  onMove,
  onDelete,
}: PhaseHeaderProps) {
  const { t } = useTranslation();
  const [isConfirming, setConfirming] = useState(false);
  const sortable = useSortable({ id: phase.id });
  const name = phase.name;
  return (
    <div
      ref={sortable.setNodeRef}
      id={`journey-phase-${phase.id}`}
      className={`journey-cell journey-phase-head${sortable.isDragging ? ' is-dragging' : ''}`}
      style={{
        transform: CSS.Translate.toString(sortable.transform),
        transition: sortable.transition,
      }}
    >
      <div
        className="journey-phase-tools"
        role="group"
        aria-label={t('journey.phaseActions', { phase: name })}
      >
        <button
          ref={sortable.setActivatorNodeRef}
          type="button"
          className="journey-handle"
          data-edit-only
          {...sortable.attributes}
          {...sortable.listeners}
          aria-label={t('journey.dragPhase', { phase: name })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="journey-phase-number" aria-hidden="true">
          {index + 1}
        </span>
        <button
          type="button"
          className="journey-icon-button"
          data-edit-only
          aria-label={t('journey.movePhaseLeft', { phase: name })}
          disabled={index === 0}
          onClick={() => onMove(phase.id, index - 1)}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          className="journey-icon-button"
          data-edit-only
          aria-label={t('journey.movePhaseRight', { phase: name })}
          disabled={index === count - 1}
          onClick={() => onMove(phase.id, index + 1)}
        >
          <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className="journey-icon-button journey-delete"
          data-edit-only
          aria-label={t('journey.deletePhase', { phase: name })}
          onClick={() => setConfirming(true)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <AutosaveField
        className="journey-phase-name"
        readInPresenting
        label={t('journey.phaseName', { number: index + 1 })}
        value={name}
        onSave={saveTarget(
          updatePhaseWrite,
          roadmapId,
          `phase:${phase.id}:name`,
          (next: string) => ({ phaseId: phase.id, changes: { name: next } }),
        )}
        validate={(next) => (next.trim() === '' ? t('validation.required') : null)}
      />
      <Dialog
        open={isConfirming}
        title={t('journey.deletePhaseTitle', { phase: name })}
        onClose={() => setConfirming(false)}
      >
        <p>
          {touchpointCount === 0
            ? t('journey.deletePhaseBodyEmpty')
            : t('journey.deletePhaseBody', { count: touchpointCount })}
        </p>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('journey.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              setConfirming(false);
              void onDelete(phase);
            }}
          >
            {t('journey.confirmDelete')}
          </button>
        </div>
      </Dialog>
    </div>
  );
});
