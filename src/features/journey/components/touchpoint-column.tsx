import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { JourneyPhase, Touchpoint } from '../model/journey';
import { TouchpointCard, type TouchpointCardProps } from './touchpoint-card';
import type { JourneyLabels } from './use-journey-labels';

/** The droppable id of a phase's list, for drops below its last card or into an empty phase. */
export const phaseDropId = (phaseId: string) => `phase-drop:${phaseId}`;

export interface TouchpointColumnProps extends Pick<
  TouchpointCardProps,
  'onEdit' | 'onMove' | 'onDelete' | 'isSortable' | 'hasDetails'
> {
  phase: JourneyPhase;
  phaseIndex: number;
  phaseCount: number;
  touchpoints: readonly Touchpoint[];
  labels: JourneyLabels;
  onAdd: (phase: JourneyPhase) => void;
}

/** A phase's touchpoints, as a sortable list that also accepts cards from other phases. */
export const TouchpointColumn = memo(function TouchpointColumn({
  phase,
  phaseIndex,
  phaseCount,
  touchpoints,
  labels,
  onAdd,
  isSortable,
  hasDetails,
  ...handlers
}: TouchpointColumnProps) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: phaseDropId(phase.id) });
  const ids = useMemo(() => touchpoints.map((touchpoint) => touchpoint.id), [touchpoints]);
  return (
    <div className={`journey-cell journey-touchpoints${isOver ? ' is-over' : ''}`} ref={setNodeRef}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ul
          className="journey-cards"
          aria-label={t('journey.touchpoints.listLabel', { phase: phase.name })}
        >
          {touchpoints.map((touchpoint, index) => (
            <TouchpointCard
              key={touchpoint.id}
              isSortable={isSortable}
              hasDetails={hasDetails}
              touchpoint={touchpoint}
              index={index}
              count={touchpoints.length}
              phaseIndex={phaseIndex}
              phaseCount={phaseCount}
              channel={labels.channel(touchpoint.channelId)}
              device={labels.device(touchpoint.device)}
              kpi={labels.kpi(touchpoint.kpiId)}
              labels={labels.card}
              {...handlers}
            />
          ))}
        </ul>
      </SortableContext>
      {touchpoints.length === 0 ? (
        <p className="journey-none">{t('journey.touchpoints.none')}</p>
      ) : null}
      <button
        type="button"
        className="button button-small journey-add-touchpoint"
        aria-label={t('journey.touchpoints.addTo', { phase: phase.name })}
        onClick={() => onAdd(phase)}
      >
        <span aria-hidden="true">+</span> {t('journey.touchpoints.add')}
      </button>
    </div>
  );
});
