import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { roomServerAvailable, openHostRoom } from '../api/host-api';
import { loadHostSession, saveHostSession, type HostSession } from '../api/host-session';
import type { RoomPerson } from '../api/use-host-room';
import type { RoomSetup } from '../model/answers';
import './live-room.css';

// The room itself (Yjs, the provider, the QR code) loads only once a room is open.
const LiveRoomPanel = lazy(() =>
  import('./live-room-panel').then((module) => ({ default: module.LiveRoomPanel })),
);

export interface LiveRoomProps {
  roadmapId: string;
  /** Where the room's answers go: one room per roadmap and target at a time. */
  target: 'starting-point' | 'goals' | 'channels';
  /** What the phones are asked, in the UI language. */
  title: string;
  /** What is scored or voted on; null while there is nothing to ask. */
  setup: RoomSetup | null;
  /** The room's answers as they arrive once revealed; null while hidden or without a room. */
  onLive: (people: readonly RoomPerson[] | null) => void;
  /**
   * Keeps the room's answers in the roadmap through the stage's own write (one undo step), and
   * says how many people were kept.
   */
  keep: (room: { code: string; people: readonly RoomPerson[] }) => Promise<number>;
}

/**
 * "Open live room": offered only when Rotta runs from its room server. A room already open for
 * this roadmap and stage comes back by itself after a reload.
 */
export function LiveRoom(props: LiveRoomProps) {
  const { t } = useTranslation();
  const { roadmapId, target } = props;
  const [session, setSession] = useState<HostSession | null>(() =>
    loadHostSession(roadmapId, target),
  );
  const [available, setAvailable] = useState(false);
  const [opening, setOpening] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void roomServerAvailable().then((yes) => live && setAvailable(yes));
    return () => {
      live = false;
    };
  }, []);

  if (session) {
    return (
      <Suspense fallback={<p className="loading-inline" aria-busy="true" />}>
        <LiveRoomPanel
          {...props}
          session={session}
          onSession={(next) => {
            if (next) saveHostSession(roadmapId, target, next);
            setSession(next);
          }}
        />
      </Suspense>
    );
  }
  if (!available || props.setup === null) return null;

  const open = async () => {
    setOpening(true);
    setFailed(false);
    try {
      const room = await openHostRoom();
      const next = { ...room, revealed: false };
      saveHostSession(roadmapId, target, next);
      setSession(next);
    } catch {
      setFailed(true);
    } finally {
      setOpening(false);
    }
  };
  return (
    <div className="live-room-launch" data-presenting-keep="">
      <button
        type="button"
        className="button button-small"
        onClick={() => void open()}
        disabled={opening}
        aria-describedby={failed ? `live-room-failed-${target}` : undefined}
      >
        <span aria-hidden="true">▣ </span>
        {opening ? t('liveRoom.opening') : t('liveRoom.open')}
      </button>
      {failed ? (
        <p id={`live-room-failed-${target}`} className="field-error" role="alert">
          {t('liveRoom.openFailed')}
        </p>
      ) : null}
    </div>
  );
}
