import {
  closestCorners,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { JourneyPhase, Touchpoint } from '../model/journey';
import { phaseDropId, TouchpointColumn, type TouchpointColumnProps } from './touchpoint-column';
import { useDndAccessibility } from './use-dnd-accessibility';
import type { JourneyLabels } from './use-journey-labels';

export interface TouchpointRowProps extends Pick<
  TouchpointColumnProps,
  'onAdd' | 'onEdit' | 'onDelete' | 'hasDetails'
> {
  phases: readonly JourneyPhase[];
  byPhase: ReadonlyMap<string, readonly Touchpoint[]>;
  labels: JourneyLabels;
  onMove: (touchpointId: string, toPhaseId: string, toIndex: number) => unknown;
}

const noTouchpoints: readonly Touchpoint[] = [];

/**
 * The touchpoints lane: one drag-and-drop area over all phases, so a card can move within its
 * phase or to another one, by pointer or by keyboard.
 */
export function TouchpointRow({
  phases,
  byPhase,
  labels,
  onMove,
  ...handlers
}: TouchpointRowProps) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const find = useCallback(
    (id: UniqueIdentifier) => {
      for (const phase of phases) {
        if (id === phaseDropId(phase.id)) return { phase, touchpoint: null, index: -1 };
        const list = byPhase.get(phase.id) ?? noTouchpoints;
        const index = list.findIndex((touchpoint) => touchpoint.id === id);
        if (index !== -1) return { phase, touchpoint: list[index]!, index };
      }
      return null;
    },
    [phases, byPhase],
  );
  const nameOf = useCallback(
    (id: UniqueIdentifier) => {
      const found = find(id);
      if (!found) return String(id);
      return found.touchpoint
        ? found.touchpoint.description
        : t('journey.dnd.endOf', { phase: found.phase.name });
    },
    [find, t],
  );
  const accessibility = useDndAccessibility(nameOf);
  // Plain cards first, sortable ones a frame later: the map shows sooner (see TouchpointCard).
  const [isSortable, setSortable] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setSortable(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const target = find(over.id);
    if (!target) return;
    // Over a card: take its place. Over the list itself: go to the end of that phase.
    const toIndex = target.touchpoint ? target.index : Number.MAX_SAFE_INTEGER;
    void onMove(String(active.id), target.phase.id, toIndex);
  };
  // Cards move by phase index (their arrow buttons); the row turns that into a phase id.
  const moveByIndex = useCallback(
    (touchpointId: string, toPhaseIndex: number, toIndex: number) => {
      const phase = phases[toPhaseIndex];
      if (phase) void onMove(touchpointId, phase.id, Math.min(toIndex, Number.MAX_SAFE_INTEGER));
    },
    [phases, onMove],
  );
  return (
    <>
      <h3 className="journey-lane-label">{t('journey.lanes.touchpoints')}</h3>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        accessibility={accessibility}
        onDragEnd={onDragEnd}
      >
        {phases.map((phase, phaseIndex) => (
          <TouchpointColumn
            key={phase.id}
            phase={phase}
            phaseIndex={phaseIndex}
            phaseCount={phases.length}
            touchpoints={byPhase.get(phase.id) ?? noTouchpoints}
            labels={labels}
            isSortable={isSortable}
            onMove={moveByIndex}
            {...handlers}
          />
        ))}
      </DndContext>
    </>
  );
}
