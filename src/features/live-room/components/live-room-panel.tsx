import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useToast } from '../../../components/ui/toasts';
import { revealResults } from '../../../lib/reveal-results';
import { removeParticipant, setRoomState } from '../api/host-api';
import { forgetHostSession, hostRoomOf, type HostSession } from '../api/host-session';
import { useHostRoom } from '../api/use-host-room';
import type { LiveRoomProps } from './live-room';
import { RoomActions } from './room-actions';
import { RoomPeople } from './room-people';
import { RoomQrCode } from './room-qr-code';

/** How long Close room waits for a phone that joined a moment ago to be read. */
const closeWaitMs = 3000;

/** Resolves true once `ready` holds, or false after `withinMs`. */
async function readyWithin(ready: () => boolean, withinMs: number): Promise<boolean> {
  for (let waited = 0; !ready(); waited += 100) {
    if (waited >= withinMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

export interface LiveRoomPanelProps extends LiveRoomProps {
  session: HostSession;
  /** The session changed (revealed), or ended (null). */
  onSession: (session: HostSession | null) => void;
}

/**
 * What the projector shows while the room answers: how to join (QR code, code, address, large),
 * who joined and who finished, and the facilitator's three moves: reveal, lock, close. Closing
 * keeps every person's answers in the roadmap as one step that Undo takes back.
 */
export function LiveRoomPanel({
  roadmapId,
  target,
  title,
  setup,
  onLive,
  keep,
  session,
  onSession,
}: LiveRoomPanelProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const room = useMemo(() => hostRoomOf(session), [session]);
  const [closing, setClosing] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const [ending, setEnding] = useState(false);
  const phase = ending ? 'closed' : session.revealed ? 'revealed' : 'open';
  const live = useHostRoom(room, setup ?? { kind: 'dots', options: [], budget: 1 }, title, phase);
  const { people, view, link } = live;

  const revealed = session.revealed;
  useEffect(() => {
    onLive(revealed ? people : null);
  }, [revealed, people, onLive]);
  useEffect(() => () => onLive(null), [onLive]);

  const answered = people.filter(
    (person) => person.answers.scores.length > 0 || person.answers.dots.length > 0,
  );
  // What Close room reads after waiting: the room as last drawn, not as when it was pressed.
  const latest = useRef({ link, complete: live.complete, answered });
  useLayoutEffect(() => {
    latest.current = { link, complete: live.complete, answered };
  });
  const scoreCount = people.reduce((sum, person) => sum + person.answers.scores.length, 0);
  const dotCount = people.reduce(
    (sum, person) => sum + person.answers.dots.reduce((dots, entry) => dots + entry.dots, 0),
    0,
  );
  const refused = people.reduce((sum, person) => sum + person.answers.refused.length, 0);
  const locked = view?.state === 'locked';
  // Closed elsewhere (the laptop's other tab kept it): this tab lets go of the room too.
  const closedElsewhere = view?.state === 'closed' && !closing && !ending;
  useEffect(() => {
    if (!closedElsewhere) return;
    forgetHostSession(roadmapId, target);
    onSession(null);
  }, [closedElsewhere, roadmapId, target, onSession]);
  const joinUrl = `${session.joinOrigin}/join/${session.code}?lng=${i18n.language === 'it' ? 'it' : 'en'}`;

  const close = async () => {
    setBlocked(false);
    setClosing(true);
    try {
      // The room's answers are on the server until kept: never close on a partial read. A phone
      // that joined a moment ago is read within a second or two; a server that is away is not.
      const ready =
        latest.current.link === 'connected' &&
        (await readyWithin(
          () => latest.current.link === 'connected' && latest.current.complete,
          closeWaitMs,
        ));
      if (!ready) {
        setBlocked(true);
        return;
      }
      const { answered } = latest.current;
      const kept = answered.length > 0 ? await keep({ code: session.code, people: answered }) : 0;
      setEnding(true);
      await setRoomState(room, 'closed').catch(() => null);
      forgetHostSession(roadmapId, target);
      onSession(null);
      toast({
        message:
          kept === 0
            ? t('liveRoom.closedEmpty')
            : setup?.kind === 'dots'
              ? t('liveRoom.closedDots', { count: kept })
              : t('liveRoom.closedScores', { count: kept }),
      });
    } catch {
      setBlocked(true);
    } finally {
      setClosing(false);
    }
  };

  return (
    <section
      className={`panel live-room-panel${revealed ? ' live-room-compact' : ''}`}
      aria-labelledby={`live-room-heading-${target}`}
      data-live-room={revealed ? 'revealed' : 'hidden'}
      // The projector needs the way in and the facilitator's moves while presenting too.
      data-presenting-keep=""
    >
      <RoomQrCode url={joinUrl} label={t('liveRoom.qr', { url: joinUrl })} />
      <div className="live-room-body">
        {/* The facilitator's moves first: on the projector they never fall below the fold. */}
        <div className="live-room-head">
          <div className="live-room-title-row">
            <h2 id={`live-room-heading-${target}`}>{t('liveRoom.heading')}</h2>
            <span className={`live-room-link live-room-link-${link}`} role="status">
              <span className="live-room-link-dot" aria-hidden="true" />
              {t(`liveRoom.status.${link}`)}
            </span>
            {title ? <span className="live-room-question">{title}</span> : null}
          </div>
          <RoomActions
            revealed={revealed}
            locked={locked}
            closing={closing}
            onReveal={() => {
              onSession({ ...session, revealed: true });
              revealResults();
            }}
            onLock={() => void setRoomState(room, locked ? 'open' : 'locked').catch(() => null)}
            onClose={() => void close()}
          />
        </div>
        <p className="live-room-address">
          {t('liveRoom.scanOrType', { url: `${session.joinOrigin}/join` })}
        </p>
        <p className="live-room-code">
          <span className="visually-hidden">{t('liveRoom.code')}: </span>
          {session.code}
        </p>
        <RoomPeople
          people={people}
          onRemove={(key) => {
            const participant = key.slice(session.code.length + 1);
            void removeParticipant(room, participant)
              .then(() => live.markRemoved(participant))
              .catch(() => undefined);
          }}
        />
        <p className="live-room-tally" aria-live="polite">
          {!revealed
            ? t('liveRoom.hidden')
            : setup?.kind === 'dots'
              ? t('liveRoom.dotsArrived', { count: dotCount })
              : t('liveRoom.arrived', { count: scoreCount })}
        </p>
        {refused > 0 ? (
          <p className="field-hint">{t('liveRoom.refused', { count: refused })}</p>
        ) : null}
        {locked ? <p className="field-hint">{t('liveRoom.locked')}</p> : null}
        {blocked ? (
          <p className="field-error" role="alert">
            {t('liveRoom.closeBlocked')}
          </p>
        ) : null}
      </div>
    </section>
  );
}
