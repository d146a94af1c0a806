import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { roomCodePattern, typedRoomCode } from '../model/room-document';
import type { PhoneSession } from './phone-session';
import { joinRoom, type JoinError } from './join-room';

export interface JoinFormProps {
  /** The code from the link the phone opened (the QR code), if any. */
  initialCode: string;
  /** A refusal to show at once (the phone was removed, say). */
  initialError?: JoinError | null;
  onJoined: (session: PhoneSession) => void;
}

/** The room code and a name: all a participant types. */
export function JoinForm({ initialCode, initialError = null, onJoined }: JoinFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState(initialCode);
  const [nickname, setNickname] = useState('');
  const [error, setError] = useState<JoinError | null>(initialError);
  const [busy, setBusy] = useState(false);
  const codeFromLink = roomCodePattern.test(initialCode);
  const nameInput = useRef<HTMLInputElement>(null);
  // The code came with the link (the QR code): the name is all that is left to type.
  useEffect(() => {
    if (codeFromLink) nameInput.current?.focus();
  }, [codeFromLink]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = typedRoomCode(code);
    if (!roomCodePattern.test(typed)) {
      setError({ kind: 'badCode', code: typed });
      return;
    }
    if (nickname.trim() === '' || nickname.trim().length > 40) {
      setError({ kind: 'nickname', code: typed });
      return;
    }
    setBusy(true);
    const result = await joinRoom(typed, { nickname });
    setBusy(false);
    if (result.ok) onJoined(result.session);
    else setError(result.error);
  };

  const codeError = error && ['badCode', 'unknown'].includes(error.kind);
  const nameError = error?.kind === 'nickname';
  return (
    <form className="phone-card" onSubmit={(event) => void submit(event)} noValidate>
      <h1>{t('liveRoom.phone.title')}</h1>
      <p>{t('liveRoom.phone.intro')}</p>
      <div className="phone-field">
        <label htmlFor={`${id}-code`}>{t('liveRoom.phone.code')}</label>
        <input
          id={`${id}-code`}
          className="phone-code-input"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          maxLength={12}
          aria-describedby={`${id}-code-hint`}
          aria-invalid={codeError ? true : undefined}
          readOnly={codeFromLink && !codeError}
        />
        <p id={`${id}-code-hint`} className="phone-hint">
          {t('liveRoom.phone.codeHint')}
        </p>
      </div>
      <div className="phone-field">
        <label htmlFor={`${id}-name`}>{t('liveRoom.phone.name')}</label>
        <input
          id={`${id}-name`}
          value={nickname}
          onChange={(event) => setNickname(event.target.value)}
          autoComplete="nickname"
          maxLength={40}
          aria-describedby={`${id}-name-hint`}
          aria-invalid={nameError ? true : undefined}
          ref={nameInput}
        />
        <p id={`${id}-name-hint`} className="phone-hint">
          {t('liveRoom.phone.nameHint')}
        </p>
      </div>
      {error ? (
        <p className="phone-error" role="alert">
          {t(`liveRoom.phone.errors.${error.kind}`, { code: error.code })}
        </p>
      ) : null}
      <button type="submit" className="phone-button phone-button-primary" disabled={busy}>
        {busy ? t('liveRoom.phone.joining') : t('liveRoom.phone.join')}
      </button>
    </form>
  );
}
