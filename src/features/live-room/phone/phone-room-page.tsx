import { useEffect } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { scoreKey, type RoomSetup } from '../model/answers';
import { dotsField, scoreField } from '../model/room-document';
import type { PhoneSession } from './phone-session';
import { usePhoneRoom, type PhoneRoom } from './use-phone-room';

export interface PhoneRoomPageProps {
  session: PhoneSession;
  /** The server stopped taking this phone's answers. */
  onRefused: () => void;
}

/** A participant's screen: where they are, whether the room hears them, and what to answer. */
export function PhoneRoomPage({ session, onRefused }: PhoneRoomPageProps) {
  const { t } = useTranslation();
  const phone = usePhoneRoom(session);
  const { room, link, refused } = phone;
  const closed = room.phase === 'closed';

  // Taken out by the facilitator (the room says so at once), or the server stopped taking answers.
  const removed = room.removed.includes(session.participant);
  useEffect(() => {
    if ((refused || removed) && !closed) onRefused();
  }, [refused, removed, closed, onRefused]);

  return (
    <>
      <div className={`phone-status phone-status-${link}`} role="status">
        <span className="phone-status-dot" aria-hidden="true" />
        {t(`liveRoom.phone.status.${link}`)}
      </div>
      <p className="phone-who">
        {t('liveRoom.phone.youAre', { name: session.nickname, code: session.code })}
      </p>
      {closed ? (
        <section className="phone-card" aria-live="polite">
          <h1>{t('liveRoom.phone.closed')}</h1>
        </section>
      ) : room.setup === null ? (
        <section className="phone-card">
          <h1 aria-busy="true">{t('liveRoom.phone.waiting')}</h1>
        </section>
      ) : (
        <>
          {room.title ? <h1 className="phone-title">{room.title}</h1> : null}
          {room.phase === 'revealed' ? (
            <p className="phone-note">{t('liveRoom.phone.revealed')}</p>
          ) : null}
          {room.setup.kind === 'scores' ? (
            <ScoreCards setup={room.setup} phone={phone} />
          ) : (
            <DotCards setup={room.setup} phone={phone} />
          )}
          {phone.done ? (
            <p className="phone-note" role="status">
              {t('liveRoom.phone.doneThanks')}
            </p>
          ) : (
            <button
              type="button"
              className="phone-button phone-button-primary"
              onClick={phone.finish}
            >
              {t('liveRoom.phone.done')}
            </button>
          )}
        </>
      )}
    </>
  );
}

/** Whether the room has an answer yet, or it waits on this phone. */
function SentMark({ field, phone }: { field: string; phone: PhoneRoom }) {
  const { t } = useTranslation();
  if (phone.answers.get(field) == null) return null;
  const waiting = phone.unsent.has(field);
  return (
    <span className={waiting ? 'phone-mark phone-mark-pending' : 'phone-mark phone-mark-sent'}>
      {waiting ? t('liveRoom.phone.pending') : `✓ ${t('liveRoom.phone.sent')}`}
    </span>
  );
}

function ScoreCards({
  setup,
  phone,
}: {
  setup: Extract<RoomSetup, { kind: 'scores' }>;
  phone: PhoneRoom;
}) {
  const { t } = useTranslation();
  const { themes } = setup;
  const total = setup.subjects.length * themes.length;
  const answered = setup.subjects.reduce(
    (sum, subject) =>
      sum +
      themes.filter(
        (theme) =>
          typeof phone.answers.get(scoreField(scoreKey(subject.id, theme.id))) === 'number',
      ).length,
    0,
  );
  return (
    <>
      <p className="phone-progress" aria-live="polite">
        {t('liveRoom.phone.progress', { done: answered, total })} · {t('liveRoom.phone.scale')}
      </p>
      <ol className="phone-list">
        {setup.subjects.map((subject) => {
          const fields = themes.map((theme) => scoreField(scoreKey(subject.id, theme.id)));
          return (
            <li key={subject.id} className="phone-card">
              <h2>
                {subject.name}
                {subject.own ? <span className="phone-tag">{t('liveRoom.phone.own')}</span> : null}
              </h2>
              {themes.map((theme, index) => {
                const field = fields[index]!;
                const value = phone.answers.get(field);
                return (
                  <fieldset key={theme.id} className="phone-scale">
                    <legend>
                      {theme.label}
                      <SentMark field={field} phone={phone} />
                    </legend>
                    <div className="phone-scale-options">
                      {[1, 2, 3, 4, 5].map((score) => (
                        <label key={score} className="phone-scale-option">
                          <input
                            type="radio"
                            name={field}
                            value={score}
                            checked={value === score}
                            onChange={() => phone.setField(field, score)}
                            aria-label={t('liveRoom.phone.scoreLabel', {
                              theme: theme.label,
                              value: score,
                            })}
                          />
                          <span aria-hidden="true">{score}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                );
              })}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function DotCards({
  setup,
  phone,
}: {
  setup: Extract<RoomSetup, { kind: 'dots' }>;
  phone: PhoneRoom;
}) {
  const { t } = useTranslation();
  const dotsOn = (optionId: string) => {
    const value = phone.answers.get(dotsField(optionId));
    return typeof value === 'number' ? value : 0;
  };
  const used = setup.options.reduce((sum, option) => sum + dotsOn(option.id), 0);
  const left = Math.max(0, setup.budget - used);
  return (
    <>
      <p className="phone-progress" aria-live="polite">
        {left > 0 ? t('liveRoom.phone.dotsLeft', { count: left }) : t('liveRoom.phone.allPlaced')}
      </p>
      <ol className="phone-list">
        {setup.options.map((option) => {
          const dots = dotsOn(option.id);
          const field = dotsField(option.id);
          return (
            <li key={option.id} className="phone-card phone-dots">
              <h2>{option.label}</h2>
              <div className="phone-dots-row">
                <button
                  type="button"
                  className="phone-button phone-dot-button"
                  disabled={dots === 0}
                  onClick={() => phone.setField(field, dots - 1)}
                  aria-label={t('liveRoom.phone.removeDot', { option: option.label })}
                >
                  −
                </button>
                <span className={dots === 0 ? 'phone-dot-count phone-dot-none' : 'phone-dot-count'}>
                  <span aria-hidden="true">{'●'.repeat(dots) || '0'}</span>
                  <span className="visually-hidden">
                    {t('liveRoom.phone.dotsOn', { count: dots, option: option.label })}
                  </span>
                </span>
                <button
                  type="button"
                  className="phone-button phone-dot-button"
                  disabled={left === 0}
                  onClick={() => phone.setField(field, dots + 1)}
                  aria-label={t('liveRoom.phone.addDot', { option: option.label })}
                >
                  +
                </button>
              </div>
              <SentMark field={field} phone={phone} />
            </li>
          );
        })}
      </ol>
    </>
  );
}
