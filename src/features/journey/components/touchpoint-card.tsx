import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import type { Touchpoint } from '../model/journey';
import type { CardLabels } from './use-journey-labels';

export interface TouchpointCardProps {
  /**
   * Whether drag and drop is wired yet. The map first paints plain cards and wires dnd-kit into
   * them a frame later: 400 sortable registrations would otherwise delay the first paint.
   */
  isSortable: boolean;
  /**
   * Whether the card shows its details. A lean card leaves its move buttons out rather than
   * hiding them (they are hidden on paper too): 400 cards would otherwise carry 2,000 buttons
   * nobody can see or reach.
   */
  hasDetails: boolean;
  touchpoint: Touchpoint;
  index: number;
  count: number;
  /** The phase's place on the map, to know whether "previous/next phase" exist. */
  phaseIndex: number;
  phaseCount: number;
  channel: string;
  device: string;
  kpi: string | null;
  /** Passed in rather than translated here: 400 cards would hold 400 subscriptions. */
  labels: CardLabels;
  onEdit: (touchpoint: Touchpoint) => void;
  onMove: (touchpointId: string, toPhaseIndex: number, toIndex: number) => unknown;
  onDelete: (touchpoint: Touchpoint) => unknown;
}

/**
 * One touchpoint on the map: what happens, on which channel and device, who owns it and which KPI
 * measures it. Memoised with ready-made labels: a large map repaints only the cards that changed.
 */
export const TouchpointCard = memo(function TouchpointCard({
  isSortable,
  ...props
}: TouchpointCardProps) {
  return isSortable ? <SortableCard {...props} /> : <CardView {...props} sortable={null} />;
});

type CardProps = Omit<TouchpointCardProps, 'isSortable'>;

function SortableCard(props: CardProps) {
  const sortable = useSortable({
    id: props.touchpoint.id,
    data: { phaseId: props.touchpoint.phaseId },
  });
  return <CardView {...props} sortable={sortable} />;
}

function CardView({
  sortable,
  touchpoint,
  index,
  count,
  phaseIndex,
  phaseCount,
  channel,
  device,
  kpi,
  labels,
  hasDetails,
  onEdit,
  onMove,
  onDelete,
}: CardProps & { sortable: ReturnType<typeof useSortable> | null }) {
  const name = touchpoint.description;
  const move = (label: string, symbol: string, isPossible: boolean, to: [number, number]) => (
    <button
      type="button"
      className="journey-icon-button"
      data-edit-only
      aria-label={label}
      disabled={!isPossible}
      onClick={() => onMove(touchpoint.id, ...to)}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );
  return (
    <li
      ref={sortable?.setNodeRef}
      className={`journey-card${sortable?.isDragging ? ' is-dragging' : ''}`}
      style={
        sortable?.transform
          ? {
              transform: CSS.Translate.toString(sortable.transform),
              transition: sortable.transition,
            }
          : undefined
      }
    >
      <div className="journey-card-head">
        <button
          ref={sortable?.setActivatorNodeRef}
          type="button"
          className="journey-handle"
          data-edit-only
          {...sortable?.attributes}
          {...sortable?.listeners}
          aria-label={labels.drag(name)}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <button
          type="button"
          className="journey-card-title"
          aria-label={labels.edit(name)}
          onClick={() => onEdit(touchpoint)}
        >
          {name}
        </button>
      </div>
      <p className="journey-card-meta">
        <span className="journey-card-channel">{channel}</span>
        <span aria-hidden="true"> · </span>
        <span>{device}</span>
      </p>
      {touchpoint.owner ? <p className="journey-card-owner">{touchpoint.owner}</p> : null}
      {kpi ? (
        <p className="journey-card-kpi">
          {labels.kpi}: {kpi}
        </p>
      ) : null}
      {hasDetails ? (
        <div className="journey-card-moves">
          {move(labels.moveUp(name), '↑', index > 0, [phaseIndex, index - 1])}
          {move(labels.moveDown(name), '↓', index < count - 1, [phaseIndex, index + 1])}
          {move(labels.moveToPrevious(name), '←', phaseIndex > 0, [phaseIndex - 1, Infinity])}
          {move(labels.moveToNext(name), '→', phaseIndex < phaseCount - 1, [
            phaseIndex + 1,
            Infinity,
          ])}
          <button
            type="button"
            className="journey-icon-button journey-delete"
            data-edit-only
            aria-label={labels.remove(name)}
            onClick={() => void onDelete(touchpoint)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}
