import { useTranslation } from '../../../components/ui/translation';

export interface RoomActionsProps {
  revealed: boolean;
  locked: boolean;
  closing: boolean;
  onReveal: () => void;
  onLock: () => void;
  onClose: () => void;
}

/** The facilitator's three moves in a room: reveal the answers, lock the door, close and keep. */
export function RoomActions({
  revealed,
  locked,
  closing,
  onReveal,
  onLock,
  onClose,
}: RoomActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="live-room-actions">
      {!revealed ? (
        <button type="button" className="button button-primary" onClick={onReveal}>
          {t('liveRoom.reveal')}
        </button>
      ) : null}
      <button type="button" className="button" onClick={onLock}>
        {locked ? t('liveRoom.unlock') : t('liveRoom.lock')}
      </button>
      <button type="button" className="button button-danger" onClick={onClose} disabled={closing}>
        {closing ? t('liveRoom.closing') : t('liveRoom.close')}
      </button>
    </div>
  );
}
