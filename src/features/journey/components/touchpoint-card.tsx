import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../model/journey';

export interface TouchpointCardProps {
  /**
   * Whether drag and drop is wired yet. The map first paints plain cards and wires dnd-kit into
   * them a frame later: 400 sortable registrations would otherwise delay the first paint.
   */
  isSortable: boolean;
  touchpoint: Touchpoint;
  index: number;
  count: number;
  /** The phase's place on the map, to know whether "previous/next phase" exist. */
  phaseIndex: number;
  phaseCount: number;
  channel: string;
  device: string;
  kpi: string | null;
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
  onEdit,
  onMove,
  onDelete,
}: CardProps & { sortable: ReturnType<typeof useSortable> | null }) {
  const { t } = useTranslation();
  const name = touchpoint.description;
  const move = (label: string, symbol: string, isPossible: boolean, to: [number, number]) => (
    <button
      type="button"
      className="journey-icon-button"
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
          {...sortable?.attributes}
          {...sortable?.listeners}
          aria-label={t('journey.touchpoints.drag', { name })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <button
          type="button"
          className="journey-card-title"
          aria-label={t('journey.touchpoints.edit', { name })}
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
          {t('journey.touchpoints.kpi')}: {kpi}
        </p>
      ) : null}
      <div className="journey-card-moves">
        {move(t('journey.touchpoints.moveUp', { name }), '↑', index > 0, [phaseIndex, index - 1])}
        {move(t('journey.touchpoints.moveDown', { name }), '↓', index < count - 1, [
          phaseIndex,
          index + 1,
        ])}
        {move(t('journey.touchpoints.moveToPrevious', { name }), '←', phaseIndex > 0, [
          phaseIndex - 1,
          Infinity,
        ])}
        {move(t('journey.touchpoints.moveToNext', { name }), '→', phaseIndex < phaseCount - 1, [
          phaseIndex + 1,
          Infinity,
        ])}
        <button
          type="button"
          className="journey-icon-button journey-delete"
          aria-label={t('journey.touchpoints.remove', { name })}
          onClick={() => void onDelete(touchpoint)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </li>
  );
}
