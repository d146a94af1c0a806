import { useEffect, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { JoinForm } from './join-form';
import { codeFromPath, joinRoom, type JoinError } from './join-room';
import { switchPhoneLanguage } from './phone-i18n';
import { PhoneRoomPage } from './phone-room-page';
import { forgetSession, loadSession, type PhoneSession } from './phone-session';

/**
 * The phones' page: join a room with its code and a name, then answer. A phone that joined this
 * room before goes straight back in, as the same person.
 */
export function PhoneApp() {
  const { t, i18n } = useTranslation();
  const linkCode = codeFromPath(location.pathname);
  const [session, setSession] = useState<PhoneSession | null>(() =>
    linkCode ? loadSession(linkCode) : null,
  );
  const [refusal, setRefusal] = useState<JoinError | null>(null);

  useEffect(() => {
    // The address names the room, so a reload comes back to it.
    if (session && codeFromPath(location.pathname) !== session.code)
      history.replaceState(null, '', `/join/${session.code}${location.search}`);
  }, [session]);

  // The server no longer takes this phone's answers: ask it why (closed, or removed).
  const onRefused = async (current: PhoneSession) => {
    const again = await joinRoom(current.code, { token: current.token });
    if (again.ok) return;
    if (again.error.kind === 'network') return;
    forgetSession(current.code);
    setSession(null);
    setRefusal(again.error);
  };

  const other = i18n.language === 'it' ? 'en' : 'it';
  return (
    <main className="phone-main">
      <header className="phone-header">
        <span className="phone-brand">Rotta</span>
        <button
          type="button"
          className="phone-link-button"
          lang={other}
          onClick={() => {
            const url = new URL(location.href);
            url.searchParams.delete('lng');
            history.replaceState(null, '', url);
            void switchPhoneLanguage(other);
          }}
        >
          {t('liveRoom.phone.language')}
        </button>
      </header>
      {session ? (
        <PhoneRoomPage session={session} onRefused={() => void onRefused(session)} />
      ) : (
        <JoinForm
          initialCode={refusal?.code ?? linkCode}
          initialError={refusal}
          onJoined={(joined) => {
            setRefusal(null);
            setSession(joined);
          }}
        />
      )}
    </main>
  );
}
