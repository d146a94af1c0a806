import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  horizontalListSortingStrategy,
  SortableContext,
  sortableKeyboardCoordinates,
} from '@dnd-kit/sortable';
import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { JourneyPhase } from '../model/journey';
import { PhaseHeader, type PhaseHeaderProps } from './phase-header';
import { useDndAccessibility } from './use-dnd-accessibility';

export interface PhaseHeaderRowProps extends Pick<
  PhaseHeaderProps,
  'roadmapId' | 'onMove' | 'onDelete'
> {
  phases: readonly JourneyPhase[];
  touchpointCounts: ReadonlyMap<string, number>;
}

/** The map's first row: the phases, reordered by drag, by keyboard or by their arrow buttons. */
export function PhaseHeaderRow({ phases, touchpointCounts, ...handlers }: PhaseHeaderRowProps) {
  const { t } = useTranslation();
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = useMemo(() => phases.map((phase) => phase.id), [phases]);
  const nameOf = useCallback(
    (id: UniqueIdentifier) => phases.find((phase) => phase.id === id)?.name ?? String(id),
    [phases],
  );
  const accessibility = useDndAccessibility(nameOf);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const toIndex = ids.indexOf(String(over.id));
    if (toIndex !== -1) void handlers.onMove(String(active.id), toIndex);
  };
  return (
    <>
      <div className="journey-corner">
        <span className="visually-hidden">{t('journey.phasesLabel')}</span>
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        accessibility={accessibility}
        onDragEnd={onDragEnd}
      >
        <SortableContext items={ids} strategy={horizontalListSortingStrategy}>
          {phases.map((phase, index) => (
            <PhaseHeader
              key={phase.id}
              phase={phase}
              index={index}
              count={phases.length}
              touchpointCount={touchpointCounts.get(phase.id) ?? 0}
              {...handlers}
            />
          ))}
        </SortableContext>
      </DndContext>
    </>
  );
}
